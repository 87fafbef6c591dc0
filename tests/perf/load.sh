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
#
# The yardstick (issue 12, "Targets"): machines here differ by 3x from one day to the next, so each run first loads
# tests/perf/Yardstick, the smallest ASP.NET Core app (`MapGet("/", () => Results.Json(new { hello = "world", n = 42 }))`,
# Release, Production, logging at Warning), on 127.0.0.1:$YARDSTICK_PORT (default PORT + 10), with the same
# connections, warm-up, duration and CPU accounting as the app's URLs, and prints it as its own row (`/ (yardstick)`).
# The column "CPU ÷ yardstick" is each row's server CPU per request divided by that run's yardstick's: the figure to
# compare across days. The yardstick is one process loaded directly, also when INSTANCES puts nginx before the app.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${TT_PERF_DIR:-/tmp/tradetracker-perf}"
port="${PORT:-5091}"
yardstick_port="${YARDSTICK_PORT:-$((port + 10))}"
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
if [ "$instances" -gt 1 ] && [ -z "${TT_PERF_POSTGRES:-}" ]; then
  echo "INSTANCES=$instances needs TT_PERF_POSTGRES: instances share a PostgreSQL store." >&2
  exit 2
fi
yardstick="http://127.0.0.1:$yardstick_port"
if curl -fs -o /dev/null "$yardstick/"; then
  echo "Port $yardstick_port already answers: set YARDSTICK_PORT to a free port for the yardstick." >&2
  exit 2
fi

yardstick_pid=""
pids=()
nginx_pid=""
# Stops what this script started, whichever step it got to.
finish() {
  [ -z "$yardstick_pid" ] || kill "$yardstick_pid" 2>/dev/null || true
  if [ -n "$nginx_pid" ]; then
    # cluster.sh stop leaves the store alone: it drops only a database its start created.
    bash "$root/tests/cluster/cluster.sh" stop >/dev/null 2>&1 || true
  elif [ "${#pids[@]}" -gt 0 ]; then
    kill "${pids[0]}" 2>/dev/null || true
  fi
}
trap finish EXIT

mkdir -p "$out"
dotnet publish "$here/Yardstick" -c Release -o "$out/yardstick" --nologo -v quiet >&2
env ASPNETCORE_ENVIRONMENT=Production nohup "$out/yardstick/Yardstick" --contentRoot "$out/yardstick" --urls "$yardstick" \
  > "$out/yardstick.log" 2>&1 &
yardstick_pid=$!
for _ in $(seq 1 60); do
  curl -fs -o /dev/null "$yardstick/" && break
  kill -0 "$yardstick_pid" 2>/dev/null || { echo "The yardstick stopped; see $out/yardstick.log" >&2; exit 1; }
  sleep 1
done

if [ "$instances" -gt 1 ]; then
  database="$(sed -n 's/.*Database=\([^;]*\).*/\1/p' <<< "$TT_PERF_POSTGRES")"
  export TT_CLUSTER_DIR="${TT_CLUSTER_DIR:-$out/cluster}" TT_CLUSTER_DB="$database"
  export TT_CLUSTER_PORT="${TT_CLUSTER_PORT:-$port}" TT_CLUSTER_APP_PORT="${TT_CLUSTER_APP_PORT:-$((port + 1))}"
  export Serilog__MinimumLevel__Default=Warning
  started="$(bash "$root/tests/cluster/cluster.sh" start "$instances")"
  pids=($(awk '$1 == "instance" { print $5 }' <<< "$started"))
  nginx_pid="$(cat "$TT_CLUSTER_DIR/nginx.pid")"
  base="$(awk '$1 == "proxy" { print $2 }' <<< "$started")"
else
  pids=("$(PORT=$port "$here/serve.sh" | tail -1)")
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
per_request() { awk -v a="$1" -v b="$2" -v n="$3" 'BEGIN { printf "%.6f", (a - b) * 1000 / n }'; }
milliseconds() { awk -v v="$1" 'BEGIN { printf "%.3f", v }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }'; }

# One row of run $run: $WARMUP s of warm-up on the URL $3, then $DURATION s timed while the CPU of the server processes
# $4... is counted; the store's and nginx's CPU count for the app's rows only ($1 = app, or yardstick). $2 is the row's
# label. Sets $cpu, the server's CPU ms/request, and prints the row with its ratio to the run's yardstick's.
load_row() {
  local side="$1" label="$2" url="$3" db_pids=() before db_before nginx_before json after db_after nginx_after total
  local db="-" proxy="-"
  shift 3
  "$here/node_modules/.bin/autocannon" -c "$connections" -d "$warmup" "$url" > /dev/null 2>&1
  [ "$side" = yardstick ] || db_pids=($(database_pids))
  before="$(cpu_seconds "$@")"
  db_before="$(cpu_seconds "${db_pids[@]}")"
  nginx_before="$([ -n "$nginx_pid" ] && cpu_seconds "$nginx_pid" || echo 0)"
  json="$("$here/node_modules/.bin/autocannon" -c "$connections" -d "$duration" --json "$url" 2>/dev/null)"
  after="$(cpu_seconds "$@")"
  total="$(jq '.requests.total' <<< "$json")"
  cpu="$(per_request "$after" "$before" "$total")"
  if [ "$side" = yardstick ]; then
    yardstick_cpu="$cpu"
  else
    # Connections opened during the run count from zero; pooled ones stay open, so few are missed.
    db_after="$(cpu_seconds $(printf '%s\n' "${db_pids[@]}" $(database_pids) | sort -u))"
    [ -z "$database" ] || db="$(milliseconds "$(per_request "$db_after" "$db_before" "$total")")"
    if [ -n "$nginx_pid" ]; then
      nginx_after="$(cpu_seconds "$nginx_pid")"
      proxy="$(milliseconds "$(per_request "$nginx_after" "$nginx_before" "$total")")"
    fi
  fi
  jq -r --arg run "$run" --arg url "$label" --arg cpu "$(milliseconds "$cpu")" --arg ratio "$(ratio "$cpu" "$yardstick_cpu")" \
    --arg db "$db" --arg nginx "$proxy" '
    "| \($run) | \($url) | \(.requests.average | floor) | \(.latency.p50) | \(.latency.p99) | \(.errors + .non2xx) | \($cpu) | \($ratio) | \($db) | \($nginx) |"' <<< "$json"
}

printf '| run | url | requests/s | p50 ms | p99 ms | errors | server CPU ms/request | CPU ÷ yardstick | PostgreSQL CPU ms/request | nginx CPU ms/request |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for run in $(seq 1 "$runs"); do
  load_row yardstick '`/` (yardstick)' "$yardstick/" "$yardstick_pid"
  for url in "${urls[@]}"; do
    load_row app "\`$url\`" "$base$url" "${pids[@]}"
  done
done
