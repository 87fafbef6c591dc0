#!/usr/bin/env bash
# Builds Release, generates the 100k and 1M databases if they are missing, and runs the benchmark suite on each.
# Results go to BenchmarkDotNet.Artifacts/<scale>/ at the repository root (gitignored). Run it on a quiet machine.
#
#   tests/TradeTracker.Benchmarks/run.sh                      # every benchmark, BenchmarkDotNet's default job
#   tests/TradeTracker.Benchmarks/run.sh --job short          # quicker, wider error bars
#   tests/TradeTracker.Benchmarks/run.sh --filter '*Timeline*'
#   TT_BENCH_PROVIDER=postgres tests/TradeTracker.Benchmarks/run.sh --job short
#
#   TT_BENCH_DIR       where the databases are kept (default /tmp/tradetracker-bench)
#   TT_BENCH_SCALES    which databases to run on (default "100k 1m")
#   TT_BENCH_PROVIDER  sqlite (default) or postgres: the SQLite file is generated as above, then copied once into the
#                      PostgreSQL database tradetracker_bench_<scale> with the app's copy-store command (and vacuumed
#                      and analysed), and the suite runs there; results in BenchmarkDotNet.Artifacts/postgres-<scale>/.
#                      Drop the databases when done: psql "<server>" -c 'DROP DATABASE tradetracker_bench_1m'
#   TT_BENCH_POSTGRES  the PostgreSQL server (default that of tests/postgres.sh: Host=127.0.0.1;Port=55432;Username=postgres)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
# BenchmarkDotNet finds the benchmark project from the working directory.
cd "$root"

dir="${TT_BENCH_DIR:-/tmp/tradetracker-bench}"
scales="${TT_BENCH_SCALES:-100k 1m}"
provider="${TT_BENCH_PROVIDER:-sqlite}"
server="${TT_BENCH_POSTGRES:-Host=127.0.0.1;Port=55432;Username=postgres}"
case "$provider" in
  sqlite | postgres) ;;
  *) echo "Unknown TT_BENCH_PROVIDER '$provider': use sqlite or postgres." >&2; exit 2 ;;
esac
args=("$@")
if ! printf '%s\n' "${args[@]}" | grep -qx -- '--filter'; then
  args+=(--filter '*')
fi
# BenchmarkDotNet builds a project per job first and gives up after 120 s by default, which a busy 2-core box exceeds.
if ! printf '%s\n' "${args[@]}" | grep -qx -- '--buildTimeout'; then
  args+=(--buildTimeout 600)
fi

mkdir -p "$dir"
dotnet build tests/TradeTracker.Benchmarks -c Release
generator=src/TradeTracker.DataGenerator/bin/Release/net10.0/TradeTracker.DataGenerator.dll
app=src/TradeTracker.Web/bin/Release/net10.0/TradeTracker.Web.dll
suite=tests/TradeTracker.Benchmarks/bin/Release/net10.0/TradeTracker.Benchmarks.dll

# psql's form of an Npgsql connection string ("Host=h;Port=p;Username=u;Database=d" -> "host=h port=p user=u dbname=d").
libpq() { tr ';' '\n' <<< "$1" | sed -e 's/^Host=/host=/I' -e 's/^Port=/port=/I' -e 's/^Username=/user=/I' -e 's/^Database=/dbname=/I' | paste -sd' '; }

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

  if [ "$provider" = postgres ]; then
    database="tradetracker_bench_$scale"
    store="$server;Database=$database"
    if [ -z "$(psql -X -tA "$(libpq "$server;Database=postgres")" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
      echo "Copying $db into PostgreSQL ($database)"
      psql -X -q "$(libpq "$server;Database=postgres")" -c "CREATE DATABASE $database"
      if ! dotnet "$app" copy-store --from "Data Source=$db" --to "$store" ||
         ! psql -X -q "$(libpq "$store")" -c 'VACUUM (ANALYZE)'; then
        psql -X -q "$(libpq "$server;Database=postgres")" -c "DROP DATABASE $database WITH (FORCE)"
        echo "Copying $db into PostgreSQL failed." >&2
        exit 1
      fi
    fi

    echo "Benchmarking $database (PostgreSQL)"
    TT_BENCH_PROVIDER=postgres TT_BENCH_DB="$store" dotnet "$suite" "${args[@]}" --artifacts "$root/BenchmarkDotNet.Artifacts/postgres-$scale"
  else
    echo "Benchmarking $db"
    TT_BENCH_DB="$db" dotnet "$suite" "${args[@]}" --artifacts "$root/BenchmarkDotNet.Artifacts/$scale"
  fi
done
