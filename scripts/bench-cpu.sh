#!/usr/bin/env bash
# CPU time per call (thread CPU time, less swayed by other processes than JMH's wall time), as percentiles:
#   scripts/bench-cpu.sh [answer|search] [rounds]     the answer path (AnswerPathBenchmark's messages) or passage search
# Uses the classes built by scripts/bench.sh (target/classes, target/test-classes, target/bench.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/bench.cp ] || ./mvnw -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
cp="${CLASSES:-target/classes}:target/test-classes:$(cat target/bench.cp)"
java -cp "$cp" th.sso.hotline.bench.CpuTimes "${1:-answer}" "${2:-200}"
