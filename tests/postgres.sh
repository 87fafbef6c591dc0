#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and the cluster script on 127.0.0.1:$TT_PG_PORT (default 55432),
# data under $TT_PG_DIR (default /tmp/tradetracker-pg), trust authentication on loopback only. Installs Debian's
# postgresql when the machine has none. Idempotent: a server already running there is left as it is.
#   bash tests/postgres.sh          start (prints the connection string to stdout)
#   bash tests/postgres.sh stop     stop it and remove its data
set -euo pipefail

port="${TT_PG_PORT:-55432}"
dir="${TT_PG_DIR:-/tmp/tradetracker-pg}"
if [ "$(id -u)" -eq 0 ]; then as_pg=(runuser -u postgres --); sudo=""; else as_pg=(); sudo="sudo"; fi

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ]; then
  echo "PostgreSQL not found: installing Debian's postgresql." >&2
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

if [ "${1:-start}" = "stop" ]; then
  [ -d "$dir" ] && "${as_pg[@]}" "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  exit 0
fi

if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$port"; then
  if [ ! -f "$dir/PG_VERSION" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
    "${as_pg[@]}" "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  # Tests create and drop a database per fixture and the cluster runs several instances: room for their pools.
  "${as_pg[@]}" "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=400 -c fsync=${TT_PG_FSYNC:-on}" start >/dev/null
fi

echo "Host=127.0.0.1;Port=$port;Username=postgres"
