#!/usr/bin/env bash
# Runs every test project (unit, integration, browser) on the embedded SQLite store, then the integration suite again on
# PostgreSQL, and ends with one line:
#   tests: N passed, N failed, N skipped
# On a Debian machine without them it installs Debian's Chromium, nginx (the browser and cluster tests) and PostgreSQL
# (tests/postgres.sh starts a throwaway server on 127.0.0.1:55432 and stops it at the end), so nothing skips.
set -uo pipefail
cd "$(dirname "$0")/.."

chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium_path" ]; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium for the browser tests."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium fonts-liberation >/dev/null || {
      echo "Could not install Chromium; the browser tests need it at $chromium_path (or set CHROMIUM_PATH)." >&2
      exit 1
    }
fi

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  echo "nginx not found: installing Debian's nginx for the cluster tests (its packaged service is not started)."
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends nginx >/dev/null || {
    echo "Could not install nginx; the cluster tests need it." >&2
    exit 1
  }
  $sudo service nginx stop >/dev/null 2>&1 || true
fi

# A server of the run's own (its own port and folder, so a developer's server is left alone), without fsync: the
# tests' databases are thrown away. The cluster tests start it the same way and find it running.
export TT_PG_PORT="${TT_PG_PORT:-55439}" TT_PG_DIR="${TT_PG_DIR:-/tmp/tradetracker-pg-run}" TT_PG_FSYNC=off
postgres=$(bash tests/postgres.sh) || { echo "Could not start PostgreSQL for the tests (tests/postgres.sh)." >&2; exit 1; }

log=$(mktemp)
trap 'rm -f "$log"; bash tests/postgres.sh stop' EXIT
# -m:1 runs the test projects one after another: on two cores the browser tests time out when they share the
# machine with the integration tests.
# Tests that need PostgreSQL (copying a store into it, instances listening to it) run in the PostgreSQL pass below.
dotnet test TradeTracker.sln --configuration Release -m:1 --filter "Store!=PostgresOnly" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# The same integration suite on PostgreSQL: one database per fixture on the throwaway server. Tests about SQLite files
# themselves (an old store's upgrade, the synthetic generator) carry the SqliteOnly trait.
TRADETRACKER_TEST_POSTGRES="$postgres" dotnet test tests/TradeTracker.IntegrationTests --configuration Release --no-build \
  --filter "Store!=SqliteOnly" 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test assembly.
read -r passed failed skipped < <(
  sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\3 \2 \4/p' "$log" |
    awk '{p+=$1; f+=$2; s+=$3} END {printf "%d %d %d\n", p, f, s}')
assemblies=$(grep -cE '(Passed|Failed)! +- Failed:' "$log" || true)
if [ "$status" -eq 0 ] && [ "$assemblies" -lt 4 ]; then
  echo "Expected results from 4 test runs (unit, integration on SQLite and on PostgreSQL, browser), found $assemblies." >&2
  status=1
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
