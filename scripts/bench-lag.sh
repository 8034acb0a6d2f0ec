#!/usr/bin/env bash
# Reply lag under a steady webhook load, on PostgreSQL, with the production JVM flags of the README.
#   scripts/bench-lag.sh [RATES="100 300 600"] [SECONDS=60]
# Starts ../shared/tools/line_stub.py and the jar (a fresh database on 127.0.0.1:5432, trust auth), then for each
# rate sends signed one-event bodies open-loop for SECONDS (scripts/bench-lag.py) and prints reply lag p50/p99
# (event timestamp to the stand-in receiving the reply), events not answered, and peak RSS. Before the rates (whose
# backlog would hide them): forged signatures rejected per second (wrk), /api/v1/ask latency with one credential
# used again (scripts/bench-ask.py), and one body of 50 events. JAVA_OPTS overrides the JVM flags; JAR the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/wait-for-health.sh
RATES=${1:-"100 300 600"}; SECS=${2:-60}
JAR=${JAR:-$(ls target/sso-hotline-*.jar | grep -v original | head -n 1)}
JAVA_OPTS=${JAVA_OPTS:-"-Xms192m -Xmx192m -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=32m -Xss512k -XX:+UseSerialGC -XX:CICompilerCount=2"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
SECRET=bench-secret
PG=${PG:-127.0.0.1:5432}; DB=hotline_lag_$$
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
SP=$(free_port); JP=$(free_port); WORK=$(mktemp -d /tmp/bench-lag.XXXX)
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true
  psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -q -c "drop database if exists $DB" test >/dev/null 2>&1 || true; rm -rf "$WORK"; }
trap cleanup EXIT
psql -h "${PG%:*}" -p "${PG#*:}" -U postgres -q -c "create database $DB" test
python3 ../shared/tools/line_stub.py --port "$SP" & PIDS+=($!)
# shellcheck disable=SC2086
LINE_CHANNEL_SECRET=$SECRET LINE_CHANNEL_ACCESS_TOKEN=t LINE_API_BASE_URL=http://127.0.0.1:$SP \
  STAFF_ADMIN_PASSWORD=bench-password DATASOURCES_DEFAULT_URL="jdbc:postgresql://$PG/$DB" \
  DATASOURCES_DEFAULT_USERNAME=postgres DATASOURCES_DEFAULT_PASSWORD= \
  java $JAVA_OPTS -Dhotline.index-dir="$WORK/index" -Dhotline.model-dir="$WORK/model" -Dmicronaut.server.port="$JP" \
  -jar "$JAR" > "$WORK/service.log" 2>&1 & JPID=$!; PIDS+=($JPID)
wait_for_health "$JP" "$JPID" "$WORK/service.log"
gen() { python3 scripts/bench-lag.py --url "http://127.0.0.1:$JP/callback" --secret $SECRET --stub "http://127.0.0.1:$SP" --pid "$JPID" "$@"; }
echo "warm-up (10 s at 20/s, not counted): $(gen --rate 20 --seconds 10)" >&2
echo "date: $(date -u +%FT%TZ)  JVM flags: $JAVA_OPTS"
if command -v wrk >/dev/null; then
  # Forged signatures: answered 401 with no database work and no log line; counted in hotline_webhook_rejected_total.
  cat > "$WORK/forged.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["X-Line-Signature"] = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
wrk.body = '{"destination":"Ubot","events":[{"type":"message","webhookEventId":"X","timestamp":1,"source":{"type":"user","userId":"U0"},"replyToken":"r","mode":"active","deliveryContext":{"isRedelivery":false},"message":{"id":"1","type":"text","quoteToken":"q","text":"hello"}}]}'
LUA
  lines=$(wc -l < "$WORK/service.log")
  rps=$(wrk -t1 -c32 -d10s -s "$WORK/forged.lua" "http://127.0.0.1:$JP/callback" | awk '/Requests\/sec/ {print $2}')
  echo "forged signatures: $rps rejected/s (wrk, 32 connections, 10 s); log lines written meanwhile: $(( $(wc -l < "$WORK/service.log") - lines ))"
fi
echo "POST /api/v1/ask, one credential used again: $(python3 scripts/bench-ask.py --url "http://127.0.0.1:$JP" --user admin --password bench-password)"
echo "one body of 50 events: $(gen --rate 50 --batch 50 --bodies 1 --drain 10)"
for r in $RATES; do echo "rate $r/s: $(gen --rate "$r" --seconds "$SECS")"; done
echo "service: $(grep -c ' ERROR ' "$WORK/service.log" || true) ERROR lines in its log"
