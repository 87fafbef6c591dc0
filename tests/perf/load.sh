#!/usr/bin/env bash
# HTTP load on the prerendered dashboard, the timeline page and the JSON API (docs/performance.md, "HTTP load"):
# a Release build in Production mode, 10 s of warm-up per URL, then $DURATION s at $CONNECTIONS connections with
# autocannon. Reports requests/s, p50/p99 latency and the server's CPU time per request (from /proc/<pid>/stat).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PORT:-5091}"
connections="${CONNECTIONS:-32}"
duration="${DURATION:-30}"
base="http://127.0.0.1:$port"
if [ $# -gt 0 ]; then
  urls=("$@")
else
  urls=(/ /timeline "/api/rates?imposer=USA&target=CHN" "/api/rates?imposer=USA&target=CHN&asOf=2025-04-10")
fi

(cd "$here" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null)
pid="$(PORT=$port "$here/serve.sh" | tail -1)"
trap 'kill "$pid" 2>/dev/null || true' EXIT
ticks="$(getconf CLK_TCK)"
cpu_seconds() { awk -v t="$ticks" '{ print ($14 + $15) / t }' "/proc/$pid/stat"; }

printf '| url | requests/s | p50 ms | p99 ms | errors | server CPU ms/request |\n|---|---|---|---|---|---|\n'
for url in "${urls[@]}"; do
  "$here/node_modules/.bin/autocannon" -c "$connections" -d 10 "$base$url" > /dev/null 2>&1
  before="$(cpu_seconds)"
  json="$("$here/node_modules/.bin/autocannon" -c "$connections" -d "$duration" --json "$base$url" 2>/dev/null)"
  after="$(cpu_seconds)"
  jq -r --arg url "$url" --arg cpu "$(awk -v a="$after" -v b="$before" 'BEGIN { print a - b }')" '
    "| `\($url)` | \(.requests.average | floor) | \(.latency.p50) | \(.latency.p99) | \(.errors + .non2xx) | \((($cpu | tonumber) * 1000 / .requests.total) * 1000 | round / 1000) |"' <<< "$json"
done
