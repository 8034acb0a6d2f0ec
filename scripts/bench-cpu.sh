#!/usr/bin/env bash
# CPU time per call (thread CPU time, less swayed by other processes than JMH's wall time), as percentiles:
#   scripts/bench-cpu.sh [answer|search] [rounds]     the answer path (AnswerPathBenchmark's messages) or passage search
# Uses the classes built by scripts/bench.sh (target/classes, target/test-classes, target/bench.cp); JAVA_OPTS may set
# -Dmodel.dir (default target/bench-model), -Dindex.dir and -Dcontent.dirs as for the JMH benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/bench.cp ] || ./mvnw -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
cp="${CLASSES:-target/classes}:target/test-classes:$(cat target/bench.cp)"
java ${JAVA_OPTS:-} -cp "$cp" th.sso.hotline.bench.CpuTimes "${1:-answer}" "${2:-200}"
