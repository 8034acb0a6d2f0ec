# Sourced by the scripts that start the service: wait_for_health PORT PID LOG polls GET /health on PORT until
# it answers 200 (the service is up and the intent classifier trained); it fails with the end of LOG when
# process PID stops first or nothing answers within two minutes.
wait_for_health() {
  local port=$1 pid=$2 log=$3
  for _ in $(seq 1 2400); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")" = "200" ] && return 0
    if ! kill -0 "$pid" 2>/dev/null; then
      tail -n 20 "$log" >&2
      echo "the service stopped before it was ready" >&2
      return 1
    fi
    sleep 0.05
  done
  echo "the service did not answer GET /health with 200 within two minutes" >&2
  return 1
}
