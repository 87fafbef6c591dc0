#!/usr/bin/env bash
# Publishes a Release build and starts it in Production mode on 127.0.0.1:$PORT over the database $TT_PERF_DB
# (default: a fresh demo database) or, when $TT_PERF_POSTGRES holds an Npgsql connection string, over that PostgreSQL
# database; request logging off so logging is not what gets measured.
# Prints the server's pid on stdout's last line. Used by load.sh and lighthouse.sh; stop it with `kill <pid>`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${TT_PERF_DIR:-/tmp/tradetracker-perf}"
port="${PORT:-5091}"
db="${TT_PERF_DB:-$out/demo.db}"
if [ -n "${TT_PERF_POSTGRES:-}" ]; then
  store=(Database__Provider=Postgres Database__ConnectionString="$TT_PERF_POSTGRES")
else
  store=(Database__ConnectionString="Data Source=$db")
fi

mkdir -p "$out"
dotnet publish "$root/src/TradeTracker.Web" -c Release -o "$out/app" --nologo -v quiet >&2

cd "$out/app"
# Plain HTTP on loopback (no TLS in a load run) and no API rate limit: the load generator is one client hammering
# /api from one address, which the limit would refuse after Api:RequestsPerMinute requests.
env ASPNETCORE_ENVIRONMENT=Production AllowedHosts="127.0.0.1;localhost" "${store[@]}" Serilog__MinimumLevel__Default=Warning \
  Transport__AllowPlainHttpOnLoopback=true Api__RequestsPerMinute=1000000 \
  nohup ./TradeTracker.Web --urls "http://127.0.0.1:$port" > "$out/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -fs -o /dev/null "http://127.0.0.1:$port/"; then
    echo "$pid"
    exit 0
  fi
  sleep 1
done
echo "the app did not answer on port $port within 120 s; see $out/server.log" >&2
kill "$pid"
exit 1
