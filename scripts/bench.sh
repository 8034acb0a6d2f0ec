#!/usr/bin/env bash
# JMH benchmarks (intent matching, passage search) and index build/restart timings.
#   scripts/bench.sh [jmh-regexp]        e.g. scripts/bench.sh Intent
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests package test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
cp="target/test-classes:target/classes:$(cat target/bench.cp)"
java -cp "$cp" org.openjdk.jmh.Main -f 1 -wi 3 -w 3s -i 5 -r 5s -t 1 "${1:-.*Benchmark.*}"
