#!/usr/bin/env bash
# Index build and restart times for the development corpus, and (SCALE=1) for 47 distinct copies of it
# (~60,000 announcements) to see how the build grows.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/sso-hotline-*.jar | grep -v original | head -n 1)
corpus=../shared/corpus/thaigov-sso
run_import() { java -Dhotline.index-dir="$2" -jar "$jar" import --content "$1" 2>/dev/null | grep -E "built|opened"; }
# A restart with the persisted index unchanged: the service logs how long opening the index took.
run_restart() {
  log=$(mktemp)
  CONTENT_DIRS="$1" java -Dhotline.index-dir="$2" -Dmicronaut.server.port=18099 \
    -Ddatasources.default.url='jdbc:h2:mem:b;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE' -jar "$jar" > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do grep -q "Startup completed" "$log" && break; sleep 0.5; done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -oE "opened passage index.*|Startup completed in [0-9]+ms" "$log"
  rm -f "$log"
}
rm -rf target/bench-index
echo "== full build, content + corpus"; run_import "content,$corpus" target/bench-index
echo "== restart with the index unchanged"; run_restart "content,$corpus" target/bench-index
if [ "${SCALE:-0}" = "1" ]; then
  big=target/corpus-60k
  if [ ! -d "$big" ]; then
    echo "== writing 47 distinct copies of the corpus into $big"
    python3 scripts/replicate-corpus.py "$corpus" "$big" 47
  fi
  rm -rf target/bench-index-60k
  echo "== full build, ~60k announcements"; run_import "$big" target/bench-index-60k
  echo "== restart, ~60k announcements"; run_restart "$big" target/bench-index-60k
fi
