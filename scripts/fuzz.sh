#!/usr/bin/env bash
# The fuzz suite at full size: 100,000 seeded hostile requests (signed broken webhooks, odd and huge texts,
# unknown event types, forged signatures, malformed /api/v1/ask requests) against the service with an in-memory
# database and a loopback LINE stand-in. Prints one line of figures; fails on any 5xx, dead worker thread,
# unfinished event or raw personal number stored.
#   scripts/fuzz.sh [cases] [seed]
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${1:-100000}"
SEED="${2:-$(date +%s)}"
./mvnw -B -ntp -q test -Dtest=HostileInputFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.cases="$CASES" -Dfuzz.seed="$SEED" | grep -E '^fuzz:|FAIL|Tests run:.*Fail' || true
grep -q 'failures="0"' target/surefire-reports/TEST-th.sso.hotline.fuzz.HostileInputFuzzTest.xml \
  && grep -q 'errors="0"' target/surefire-reports/TEST-th.sso.hotline.fuzz.HostileInputFuzzTest.xml
