#!/usr/bin/env bash
# Reruns every measurement in docs/performance.md, one after another (they must not share the machine):
# benchmarks at 100k and 1M events, HTTP load, live circuits, Lighthouse, then the PostgreSQL figures (the 1M store
# copied into PostgreSQL: benchmarks, one instance, two behind nginx). Run it on a quiet machine; it takes about two
# hours, most of it the benchmarks and the 10,000-circuit run. Each step prints the figures the page quotes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${TT_BENCH_DIR:-/tmp/tradetracker-bench}"

"$root/tests/TradeTracker.Benchmarks/run.sh" --job short --warmupCount 1
# The load and circuit runs serve the generated 1M-event store, so every page reads at scale.
export TT_PERF_DB="$dir/tradetracker-1m.db"
"$here/load.sh" / /timeline /api/events "/api/rates?imposer=USA&target=CHN"
# 10,000 live dashboards for ten minutes after the ramp (no gcdump at this size), then memory per dashboard at 300.
CIRCUITS=10000 RAMP=50 CLICKERS=100 DURATION=860 HEAP=0 SAMPLES=60 "$here/circuits.sh"
CIRCUITS=300 RAMP=50 CLICKERS=5 DURATION=80 "$here/circuits.sh"
"$here/lighthouse.sh"
# PostgreSQL and several instances: the server of tests/postgres.sh (started if it is not running), the 1M store copied
# into it once by run.sh (database tradetracker_bench_1m, kept for the load runs; drop it afterwards).
server="$(bash "$root/tests/postgres.sh")"
TT_BENCH_PROVIDER=postgres TT_BENCH_SCALES=1m "$root/tests/TradeTracker.Benchmarks/run.sh" --job short --warmupCount 1
unset TT_PERF_DB
export TT_PERF_POSTGRES="$server;Database=tradetracker_bench_1m"
urls=(/ /timeline "/api/rates?imposer=USA&target=CHN" /api/events)
DURATION=20 RUNS=2 "$here/load.sh" "${urls[@]}"
DURATION=20 RUNS=2 INSTANCES=2 "$here/load.sh" "${urls[@]}"
