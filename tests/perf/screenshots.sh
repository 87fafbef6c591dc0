#!/usr/bin/env bash
# Retakes docs/screenshots/ (linked from the README): a Release build of the app in Development mode (demo data and
# demo accounts) on a fresh SQLite file on 127.0.0.1:$PORT, then screenshots.mjs in Debian's Chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5093}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

(cd "$here" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null)
dotnet publish "$root/src/TradeTracker.Web" -c Release -o "$work/app" --nologo -v quiet >&2
cd "$work/app"
ASPNETCORE_ENVIRONMENT=Development Database__ConnectionString="Data Source=$work/demo.db" \
  nohup ./TradeTracker.Web --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
pid=$!
cd "$root"
for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready" && break; sleep 1; done
out="${OUT:-$root/docs/screenshots}"
mkdir -p "$out"
BASE="http://127.0.0.1:$port" OUT="$out" node "$here/screenshots.mjs"
ls "$out"
