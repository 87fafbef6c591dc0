#!/usr/bin/env bash
# Runs every test project (unit, integration, browser) and ends with one line:
#   tests: N passed, N failed, N skipped
# On a Debian machine without Chromium it installs Debian's Chromium first, so the browser tests run rather than skip.
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT
# -m:1 runs the test projects one after another: on two cores the browser tests time out when they share the
# machine with the integration tests.
dotnet test TradeTracker.sln --configuration Release -m:1 "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# dotnet test prints one "Passed!/Failed!  - Failed: F, Passed: P, Skipped: S, Total: T" line per test assembly.
read -r passed failed skipped < <(
  sed -nE 's/.*(Passed|Failed)! +- Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+).*/\3 \2 \4/p' "$log" |
    awk '{p+=$1; f+=$2; s+=$3} END {printf "%d %d %d\n", p, f, s}')
assemblies=$(grep -cE '(Passed|Failed)! +- Failed:' "$log" || true)
if [ "$status" -eq 0 ] && [ "$assemblies" -lt 3 ]; then
  echo "Expected results from 3 test assemblies, found $assemblies." >&2
  status=1
fi
echo "tests: ${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
