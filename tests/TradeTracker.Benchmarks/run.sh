#!/usr/bin/env bash
# Builds Release, generates the 100k and 1M databases if they are missing, and runs the benchmark suite on each.
# Results go to BenchmarkDotNet.Artifacts/<scale>/ at the repository root (gitignored). Run it on a quiet machine.
#
#   tests/TradeTracker.Benchmarks/run.sh                      # every benchmark, BenchmarkDotNet's default job
#   tests/TradeTracker.Benchmarks/run.sh --job short          # quicker, wider error bars
#   tests/TradeTracker.Benchmarks/run.sh --filter '*Timeline*'
#
#   TT_BENCH_DIR     where the databases are kept (default /tmp/tradetracker-bench)
#   TT_BENCH_SCALES  which databases to run on (default "100k 1m")
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# BenchmarkDotNet finds the benchmark project from the working directory.
cd "$root"

dir="${TT_BENCH_DIR:-/tmp/tradetracker-bench}"
scales="${TT_BENCH_SCALES:-100k 1m}"
args=("$@")
if ! printf '%s\n' "${args[@]}" | grep -qx -- '--filter'; then
  args+=(--filter '*')
fi

mkdir -p "$dir"
dotnet build tests/TradeTracker.Benchmarks -c Release
generator=src/TradeTracker.DataGenerator/bin/Release/net10.0/TradeTracker.DataGenerator.dll
suite=tests/TradeTracker.Benchmarks/bin/Release/net10.0/TradeTracker.Benchmarks.dll

for scale in $scales; do
  case "$scale" in
    100k) rows=(--events 100000 --measures 10000 --steps 100000 --deadlines 1000) ;;
    1m) rows=(--events 1000000 --measures 100000 --steps 1000000 --deadlines 10000) ;;
    *) echo "Unknown scale '$scale': use 100k or 1m." >&2; exit 2 ;;
  esac

  db="$dir/tradetracker-$scale.db"
  if [ ! -f "$db" ]; then
    echo "Generating $db"
    if ! dotnet "$generator" --db "$db" "${rows[@]}" --seed 42; then
      rm -f "$db" "$db-wal" "$db-shm"
      echo "Generating $db failed." >&2
      exit 1
    fi
  fi

  echo "Benchmarking $db"
  TT_BENCH_DB="$db" dotnet "$suite" "${args[@]}" --artifacts "$root/BenchmarkDotNet.Artifacts/$scale"
done
