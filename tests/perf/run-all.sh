#!/usr/bin/env bash
# Reruns every measurement in docs/performance.md, one after another (they must not share the machine):
# benchmarks at 100k and 1M events, HTTP load, live circuits, Lighthouse. Run it on a quiet machine; it takes about
# an hour, most of it the benchmarks. Each step prints the table the page quotes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
dir="${TT_BENCH_DIR:-/tmp/tradetracker-bench}"

"$root/tests/TradeTracker.Benchmarks/run.sh" --job short --warmupCount 1
# The load and circuit runs serve the generated 1M-event store, so every page reads at scale.
export TT_PERF_DB="$dir/tradetracker-1m.db"
"$here/load.sh"
"$here/circuits.sh"
"$here/lighthouse.sh"
