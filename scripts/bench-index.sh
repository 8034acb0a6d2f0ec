#!/usr/bin/env bash
# Index build and restart times for the development corpus, and (SCALE=1) for 47 distinct copies of it
# (~60,000 announcements) to see how the build grows.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/wait-for-health.sh
source scripts/wait-for-health.sh
jar=$(ls target/sso-hotline-*.jar | grep -v original | head -n 1)
corpus=../shared/corpus/thaigov-sso
run_import() { java -Dhotline.index-dir="$2" -jar "$jar" import --content "$1" 2>/dev/null | grep -E "built|opened"; }
# A restart with the persisted index unchanged: how long opening the index took, Micronaut's own start-up
# time, and the wall time from launching the JVM to GET /health answering 200. JAVA_OPTS passes JVM flags,
# e.g. JAVA_OPTS=-XX:SharedArchiveFile=target/app.jsa for a class-data archive (see README, Scaling out).
run_restart() {
  log=$(mktemp)
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  CONTENT_DIRS="$1" java ${JAVA_OPTS:-} -Dhotline.index-dir="$2" -Dhotline.model-dir="$2-model" -Dmicronaut.server.port=18099 \
    -Ddatasources.default.url="jdbc:h2:file:./$2-db/hotline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" -jar "$jar" > "$log" 2>&1 &
  pid=$!
  wait_for_health 18099 "$pid" "$log"
  ready=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -oE "(opened|built) passage index.*|intent classifier ready in [0-9]+ ms|Startup completed in [0-9]+ms" "$log"
  echo "ready (GET /health 200) ${ready} ms after launching the JVM"
  rm -f "$log"
}
# A first start: no index, no kept intent model, no database (index build, training, migrations, admin account).
rm -rf target/bench-index target/bench-index-model target/bench-index-db
echo "== first start, content + corpus"; run_restart "content,$corpus" target/bench-index
echo "== restart with the index, the intent model and the database unchanged"; run_restart "content,$corpus" target/bench-index
rm -rf target/bench-index
echo "== full build alone (import command), content + corpus"; run_import "content,$corpus" target/bench-index
if [ "${SCALE:-0}" = "1" ]; then
  big=target/corpus-60k
  if [ ! -d "$big" ]; then
    echo "== writing 47 distinct copies of the corpus into $big"
    python3 scripts/replicate-corpus.py "$corpus" "$big" 47
  fi
  rm -rf target/bench-index-60k
  echo "== full build, ~60k announcements"; run_import "$big" target/bench-index-60k
  rm -rf target/bench-index-60k-db target/bench-index-60k-model
  run_restart "$big" target/bench-index-60k > /dev/null
  echo "== restart, ~60k announcements"; run_restart "$big" target/bench-index-60k
fi
