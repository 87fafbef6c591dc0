#!/usr/bin/env bash
# Live dashboards held (docs/performance.md, "Live circuits"): a Release build in Production mode, $CIRCUITS circuits
# from the headless harness (tests/TradeTracker.CircuitLoad), $CLICKERS of them clicking; server CPU sampled from /proc
# while they tick, and managed heap per circuit from two gcdumps (idle, then with every circuit live).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5093}"
circuits="${CIRCUITS:-1000}"
clickers="${CLICKERS:-20}"
ramp="${RAMP:-50}"
duration="${DURATION:-120}"
out="${TT_PERF_DIR:-/tmp/tradetracker-perf}"
tools="$out/tools"

ulimit -n 65536 || true
mkdir -p "$tools"
[ -x "$tools/dotnet-gcdump" ] || dotnet tool install --tool-path "$tools" dotnet-gcdump --version 10.0.750501 >/dev/null
dotnet build "$root/tests/TradeTracker.CircuitLoad" -c Release --nologo -v quiet >/dev/null
pid="$(PORT=$port "$here/serve.sh" | tail -1)"
trap 'kill "$pid" 2>/dev/null || true' EXIT

heap_mb() { "$tools/dotnet-gcdump" collect -p "$pid" -o "$out/heap-$1.gcdump" >/dev/null 2>&1;
            "$tools/dotnet-gcdump" report "$out/heap-$1.gcdump" | awk '/GC Heap bytes/ { gsub(",", "", $1); printf "%.1f", $1 / 1048576; exit }'; }
curl -fs -o /dev/null "http://127.0.0.1:$port/"
idle="$(heap_mb idle)"

dotnet "$root/tests/TradeTracker.CircuitLoad/bin/Release/net10.0/TradeTracker.CircuitLoad.dll" \
  --url "http://127.0.0.1:$port/" --circuits "$circuits" --ramp "$ramp" --clickers "$clickers" --duration "$duration" \
  --report-every 10 > "$out/circuits.log" 2>&1 &
harness=$!
# Sample the server once every circuit is up (the ramp plus 20 s); DURATION must leave 60 s after the ramp.
sleep $(( circuits / ramp + 20 ))
"$root/tests/TradeTracker.CircuitLoad/sample-process.sh" "$pid" 10 3 | tee "$out/circuits-cpu.txt"
live="$(heap_mb live)"
wait "$harness" || true
tail -25 "$out/circuits.log"
awk -v i="$idle" -v l="$live" -v n="$circuits" 'BEGIN { printf "managed heap: idle %.1f MB, %d live %.1f MB, %.0f KB per circuit\n", i, n, l, (l - i) * 1024 / n }'
