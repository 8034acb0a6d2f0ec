#!/usr/bin/env bash
# Start-up times: seconds from launching the JVM to GET /health answering 200, for a first start (no index, no kept
# intent model, no database) and a restart with all three unchanged, with content/ alone and with the corpus beside
# the project. Also prints the CPU seconds the process had used by then (user + system, from /proc), which a busy
# machine sways less than wall time, and the service's own log lines about the index, the classifier and Micronaut.
#   scripts/bench-startup.sh [JAR]        RUNS=3 repeats each restart; JAVA_OPTS passes JVM flags
#   (e.g. JAVA_OPTS=-XX:SharedArchiveFile=target/app.jsa, see README, Scaling out); CORPUS=0 skips the corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/sso-hotline-*.jar | grep -v original | head -n 1)}
corpus=../shared/corpus/thaigov-sso
port=${PORT:-18097}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ticks=$(getconf CLK_TCK)

# start CONTENT_DIRS STATE_DIR: one start of the jar with its index, model and database under STATE_DIR.
start() {
  local log="$work/log" started pid code ready cpu
  started=$(date +%s%N)
  # shellcheck disable=SC2086
  CONTENT_DIRS="$1" STAFF_ADMIN_PASSWORD=bench-startup-pw java ${JAVA_OPTS:-} -Dhotline.index-dir="$2/index" \
    -Dhotline.model-dir="$2/model" -Dmicronaut.server.port="$port" \
    -Ddatasources.default.url="jdbc:h2:file:$2/db/hotline;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    -jar "$jar" > "$log" 2>&1 &
  pid=$!
  while :; do
    code=$(curl -s -o /dev/null -m 1 -w '%{http_code}' "http://127.0.0.1:$port/health" || true)
    [ "$code" = "200" ] && break
    if ! kill -0 "$pid" 2>/dev/null; then tail -n 20 "$log" >&2; echo "the service stopped before it was ready" >&2; exit 1; fi
    if [ $(( $(date +%s%N) - started )) -gt 300000000000 ]; then kill "$pid"; echo "not ready within 300 s" >&2; exit 1; fi
    sleep 0.02
  done
  ready=$(( ($(date +%s%N) - started) / 1000000 ))
  # Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks.
  cpu=$(awk -v t="$ticks" '{printf "%.1f", ($14 + $15) / t}' "/proc/$pid/stat")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  printf '  ready in %d.%03d s (CPU %s s)   ' $((ready / 1000)) $((ready % 1000)) "$cpu"
  grep -oE "(opened|built) passage index [0-9a-f]+ \([0-9]+ passages\) in [0-9]+ ms|intent classifier ready in [0-9]+ ms|Startup completed in [0-9]+ms" "$log" \
    | sed -E 's/passage index [0-9a-f]+ /index /' | paste -sd ';' -
}

# series NAME CONTENT_DIRS: a first start, then RUNS restarts with everything unchanged.
series() {
  local state="$work/$1"
  echo "== $1: first start (index built, classifier trained, database created)"
  start "$2" "$state"
  echo "== $1: restart, index, intents and database unchanged"
  for _ in $(seq 1 "${RUNS:-3}"); do start "$2" "$state"; done
  rm -rf "$state"
}

echo "jar $jar, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
series content content
if [ "${CORPUS:-1}" = "1" ] && [ -d "$corpus" ]; then
  series corpus "content,$corpus"
fi
