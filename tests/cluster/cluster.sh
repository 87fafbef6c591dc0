#!/usr/bin/env bash
# TradeTracker as a cluster on this machine: PostgreSQL (tests/postgres.sh), N app instances on loopback ports in
# Production settings over one database, and nginx (Debian's) in front of them with sticky sessions.
#   bash tests/cluster/cluster.sh start [N]   N instances (default 2); prints the URLs
#   bash tests/cluster/cluster.sh stop        stops what start started and drops the database if start created it
# Environment (all optional):
#   TT_CLUSTER_DIR        state: published app, logs, pids, nginx (default /tmp/tradetracker-cluster)
#   TT_CLUSTER_PORT       nginx's port (default 8300)
#   TT_CLUSTER_APP_PORT   the first instance's port; the others follow (default 5300)
#   TT_CLUSTER_DB         the database (default tradetracker_cluster)
#   TT_CLUSTER_ADMIN_EMAIL / TT_CLUSTER_ADMIN_PASSWORD   the first admin (also an editor)
#   TT_PG_PORT            PostgreSQL's port (tests/postgres.sh; default 55432)
# Exit code 75: nginx or PostgreSQL is missing and could not be installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)

dir="${TT_CLUSTER_DIR:-/tmp/tradetracker-cluster}"
proxy_port="${TT_CLUSTER_PORT:-8300}"
app_port="${TT_CLUSTER_APP_PORT:-5300}"
database="${TT_CLUSTER_DB:-tradetracker_cluster}"
admin_email="${TT_CLUSTER_ADMIN_EMAIL:-admin@cluster.local}"
admin_password="${TT_CLUSTER_ADMIN_PASSWORD:-Cluster-pass-2025!}"
pg_port="${TT_PG_PORT:-55432}"
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi

psql_admin() { psql -X -q -v ON_ERROR_STOP=1 "host=127.0.0.1 port=$pg_port user=postgres dbname=postgres" "$@"; }

install_missing() { # command, package
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "$1 not found: installing Debian's $2." >&2
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$2"; } >&2 ||
    { echo "Could not install $2." >&2; exit 75; }
}

stop() {
  if [ -f "$dir/nginx.pid" ]; then
    kill "$(cat "$dir/nginx.pid")" 2>/dev/null || true
    rm -f "$dir/nginx.pid"
  fi
  for pidfile in "$dir"/pids/instance-*.pid; do
    [ -f "$pidfile" ] || continue
    kill "$(cat "$pidfile")" 2>/dev/null || true
  done
  for pidfile in "$dir"/pids/instance-*.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
  done
  if [ -f "$dir/database" ]; then
    psql_admin -c "DROP DATABASE IF EXISTS \"$(cat "$dir/database")\" WITH (FORCE)" || true
    rm -f "$dir/database"
  fi
  if [ -f "$dir/postgres.started" ]; then
    rm -f "$dir/postgres.started"
    bash tests/postgres.sh stop
  fi
}

wait_ready() { # instance number, port, pid
  for _ in $(seq 240); do
    if curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$2/health/ready"; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "Instance $1 (port $2) did not start; the end of its output:" >&2
  tail -n 40 "$dir/logs/instance-$1.out" >&2
  stop
  exit 1
}

start() {
  local count="${1:-2}"
  if compgen -G "$dir/pids/instance-*.pid" >/dev/null; then
    echo "A cluster is already running from $dir: stop it first (bash tests/cluster/cluster.sh stop)." >&2
    exit 1
  fi
  install_missing nginx nginx
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then install_missing pg_ctlcluster postgresql; fi
  mkdir -p "$dir/pids" "$dir/logs" "$dir/temp"

  if ! pg_isready -q -h 127.0.0.1 -p "$pg_port" 2>/dev/null; then touch "$dir/postgres.started"; fi
  server=$(TT_PG_PORT="$pg_port" bash tests/postgres.sh)
  # `stop` drops the database only if `start` created it: a store that was there before (a benchmark copy) stays.
  if [ -z "$(psql_admin -tA -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
    psql_admin -c "CREATE DATABASE \"$database\""
    echo "$database" > "$dir/database"
  fi

  echo "Publishing the app (Release) to $dir/app ..." >&2
  dotnet publish "$repo/src/TradeTracker.Web" -c Release -o "$dir/app" --nologo -v quiet >&2

  # Production settings: error pages, HSTS and no demo accounts, as deployed, answering only to the host names the
  # proxy and the tests use (AllowedHosts is required outside Development), except that nginx and the instances speak
  # plain HTTP on 127.0.0.1 (Transport:AllowPlainHttpOnLoopback: no redirect to HTTPS, cookies not forced Secure;
  # refused by the app on any other address); the first admin (an editor too) is
  # created by the first instance. Instance 0 starts first and migrates and seeds the new database; the others
  # start once it is up and find nothing to do.
  for i in $(seq 0 $((count - 1))); do
    port=$((app_port + i))
    (
      cd "$dir/app"
      ASPNETCORE_ENVIRONMENT=Production \
      AllowedHosts="127.0.0.1;localhost" \
      ASPNETCORE_URLS="http://127.0.0.1:$port" \
      Transport__AllowPlainHttpOnLoopback=true \
      Database__Provider=Postgres \
      Database__ConnectionString="$server;Database=$database" \
      Accounts__InitialAdminEmail="$admin_email" \
      Accounts__InitialAdminPassword="$admin_password" \
      Serilog__WriteTo__1__Args__path="$dir/logs/instance-$i-.log" \
        exec setsid dotnet TradeTracker.Web.dll >"$dir/logs/instance-$i.out" 2>&1 </dev/null
    ) &
    echo $! > "$dir/pids/instance-$i.pid"
    if [ "$i" -eq 0 ]; then wait_ready 0 "$port" "$(cat "$dir/pids/instance-0.pid")"; fi
  done
  for i in $(seq 1 $((count - 1))); do
    wait_ready "$i" $((app_port + i)) "$(cat "$dir/pids/instance-$i.pid")"
  done

  upstreams=""
  for i in $(seq 0 $((count - 1))); do
    upstreams+="        server 127.0.0.1:$((app_port + i)) max_fails=1 fail_timeout=10s;"$'\n'
  done
  awk -v upstreams="${upstreams%$'\n'}" -v port="$proxy_port" \
    '{ gsub(/@PORT@/, port); if ($0 ~ /@UPSTREAMS@/) print upstreams; else print }' \
    tests/cluster/nginx.conf.template > "$dir/nginx.conf"
  nginx -c "$dir/nginx.conf" -p "$dir/" -e "$dir/logs/error.log" </dev/null >/dev/null 2>>"$dir/logs/error.log"
  for _ in $(seq 50); do [ -f "$dir/nginx.pid" ] && break; sleep 0.1; done

  echo "proxy http://127.0.0.1:$proxy_port"
  for i in $(seq 0 $((count - 1))); do
    echo "instance $i http://127.0.0.1:$((app_port + i)) pid $(cat "$dir/pids/instance-$i.pid")"
  done
  echo "admin $admin_email $admin_password"
  echo "database $server;Database=$database"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  *) echo "usage: $0 start [N] | stop" >&2; exit 2 ;;
esac
