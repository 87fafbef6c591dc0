#!/usr/bin/env bash
# HTTP load on the prerendered dashboard, the timeline page and the JSON API (docs/performance.md, "HTTP load"):
# a Release build in Production mode, $WARMUP s (default 10) of warm-up per URL, then $DURATION s at $CONNECTIONS connections with
# autocannon. Reports requests/s, p50/p99 latency and the server's CPU time per request (from /proc/<pid>/stat).
#
#   TT_PERF_DB=/tmp/tt-1m.db tests/perf/load.sh / /api/events                  one instance over a SQLite file
#   TT_PERF_POSTGRES="Host=...;Database=..." tests/perf/load.sh /                one instance over PostgreSQL
#   TT_PERF_POSTGRES="Host=...;Database=..." INSTANCES=2 tests/perf/load.sh /    two behind nginx (tests/cluster/cluster.sh)
#
# With several instances the load goes to nginx, whose hash on a per-browser cookie spreads cookie-less requests over
# the instances; server CPU is the sum of every instance's, nginx's is its own column. Over PostgreSQL the CPU of the
# server processes serving the database is a column too. RUNS (default 1) measures the URL list that many times.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5091}"
connections="${CONNECTIONS:-32}"
duration="${DURATION:-30}"
warmup="${WARMUP:-10}"
instances="${INSTANCES:-1}"
runs="${RUNS:-1}"
if [ $# -gt 0 ]; then
  urls=("$@")
else
  urls=(/ /timeline "/api/rates?imposer=USA&target=CHN" "/api/rates?imposer=USA&target=CHN&asOf=2025-04-10")
fi

(cd "$here" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null)
nginx_pid=""
if [ "$instances" -gt 1 ]; then
  if [ -z "${TT_PERF_POSTGRES:-}" ]; then
    echo "INSTANCES=$instances needs TT_PERF_POSTGRES: instances share a PostgreSQL store." >&2
    exit 2
  fi
  database="$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<< "$TT_PERF_POSTGRES")"
  export TT_CLUSTER_DIR="${TT_CLUSTER_DIR:-${TT_PERF_DIR:-/tmp/tradetracker-perf}/cluster}" TT_CLUSTER_DB="$database"
  export TT_CLUSTER_PORT="${TT_CLUSTER_PORT:-$port}" TT_CLUSTER_APP_PORT="${TT_CLUSTER_APP_PORT:-$((port + 1))}"
  export Serilog__MinimumLevel__Default=Warning
  started="$(bash "$root/tests/cluster/cluster.sh" start "$instances")"
  # cluster.sh stop leaves the store alone: it drops only a database its start created.
  trap 'bash "$root/tests/cluster/cluster.sh" stop >/dev/null 2>&1 || true' EXIT
  pids=($(awk '$1 == "instance" { print $5 }' <<< "$started"))
  nginx_pid="$(cat "$TT_CLUSTER_DIR/nginx.pid")"
  base="$(awk '$1 == "proxy" { print $2 }' <<< "$started")"
else
  pids=("$(PORT=$port "$here/serve.sh" | tail -1)")
  trap 'kill "${pids[0]}" 2>/dev/null || true' EXIT
  base="http://127.0.0.1:$port"
fi

ticks="$(getconf CLK_TCK)"
# CPU seconds of the given processes and of their children that are still running (nginx's workers).
cpu_seconds() {
  local total=0 pid
  for pid in "$@" $(for p in "$@"; do pgrep -P "$p" || true; done); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  awk -v t="$total" -v k="$ticks" 'BEGIN { print t / k }'
}
# The PostgreSQL server processes connected to the store's database (their title names it).
database_pids() { [ -n "${database:-}" ] && pgrep -f "^postgres: .* $database " || true; }
database="${database:-$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<< "${TT_PERF_POSTGRES:-}")}"
per_request() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.3f", (a - b) * 1000 / n }'; }

printf '| run | url | requests/s | p50 ms | p99 ms | errors | server CPU ms/request | PostgreSQL CPU ms/request | nginx CPU ms/request |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for run in $(seq 1 "$runs"); do
  for url in "${urls[@]}"; do
    "$here/node_modules/.bin/autocannon" -c "$connections" -d "$warmup" "$base$url" > /dev/null 2>&1
    db_pids=($(database_pids))
    before="$(cpu_seconds "${pids[@]}")"
    db_before="$(cpu_seconds "${db_pids[@]}")"
    nginx_before="$([ -n "$nginx_pid" ] && cpu_seconds "$nginx_pid" || echo 0)"
    json="$("$here/node_modules/.bin/autocannon" -c "$connections" -d "$duration" --json "$base$url" 2>/dev/null)"
    after="$(cpu_seconds "${pids[@]}")"
    # Connections opened during the run count from zero; pooled ones stay open, so few are missed.
    db_after="$(cpu_seconds $(printf '%s\n' "${db_pids[@]}" $(database_pids) | sort -u))"
    nginx_after="$([ -n "$nginx_pid" ] && cpu_seconds "$nginx_pid" || echo 0)"
    total="$(jq '.requests.total' <<< "$json")"
    jq -r --arg run "$run" --arg url "$url" --arg cpu "$(per_request "$after" "$before" "$total")" \
      --arg db "$([ -n "$database" ] && per_request "$db_after" "$db_before" "$total" || echo -)" \
      --arg nginx "$([ -n "$nginx_pid" ] && per_request "$nginx_after" "$nginx_before" "$total" || echo -)" '
      "| \($run) | `\($url)` | \(.requests.average | floor) | \(.latency.p50) | \(.latency.p99) | \(.errors + .non2xx) | \($cpu) | \($db) | \($nginx) |"' <<< "$json"
  done
done
