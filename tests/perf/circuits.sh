#!/usr/bin/env bash
# Live dashboards held (docs/performance.md, "Live circuits"): a Release build in Production mode, $CIRCUITS circuits
# from the headless harness (tests/TradeTracker.CircuitLoad), $CLICKERS of them clicking; server CPU sampled from /proc
# once every circuit is up, and managed heap per circuit from two gcdumps (idle, then with every circuit live).
# SAMPLES (default 3) is the number of 10 s CPU samples; HEAP=0 skips the gcdumps (at 10,000 circuits the live
# gcdump fails and its forced full GC stalls the server for seconds, so the resident-memory slope is used there).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
port="${PORT:-5093}"
circuits="${CIRCUITS:-1000}"
clickers="${CLICKERS:-20}"
ramp="${RAMP:-50}"
duration="${DURATION:-120}"
samples="${SAMPLES:-3}"
heap="${HEAP:-1}"
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
idle=""
[ "$heap" = 0 ] || idle="$(heap_mb idle)"
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
rss_idle="$(rss_mb)"

dotnet "$root/tests/TradeTracker.CircuitLoad/bin/Release/net10.0/TradeTracker.CircuitLoad.dll" \
  --url "http://127.0.0.1:$port/" --circuits "$circuits" --ramp "$ramp" --clickers "$clickers" --duration "$duration" \
  --report-every 10 > "$out/circuits.log" 2>&1 &
harness=$!
# Sample the server once every circuit is up (the ramp plus 20 s); DURATION must leave SAMPLES * 10 + 30 s after that.
sleep $(( circuits / ramp + 20 ))
"$root/tests/TradeTracker.CircuitLoad/sample-process.sh" "$pid" 10 "$samples" | tee "$out/circuits-cpu.txt"
awk 'NR > 1 { n++; s += $2; if (min == "" || $2 < min) min = $2; if ($2 > max) max = $2 }
     END { if (n) printf "server CPU over %d samples: mean %.0f %%, min %d %%, max %d %% of one core\n", n, s / n, min, max }' "$out/circuits-cpu.txt"
rss_live="$(rss_mb)"
live=""
[ "$heap" = 0 ] || live="$(heap_mb live)"
wait "$harness" || true
tail -25 "$out/circuits.log"
[ "$heap" = 0 ] || awk -v i="$idle" -v l="$live" -v n="$circuits" 'BEGIN { printf "managed heap: idle %.1f MB, %d live %.1f MB, %.0f KB per circuit\n", i, n, l, (l - i) * 1024 / n }'
awk -v i="$rss_idle" -v l="$rss_live" -v n="$circuits" 'BEGIN { printf "resident memory: idle %d MB, %d live %d MB, %.0f KB per circuit\n", i, n, l, (l - i) * 1024 / n }'
