#!/usr/bin/env bash
# Prints a process's CPU use (% of one core, over each interval) and resident memory, from /proc.
# Usage: sample-process.sh PID [INTERVAL_SECONDS=5] [SAMPLES=12]
set -euo pipefail
pid=$1 interval=${2:-5} samples=${3:-12}
hz=$(getconf CLK_TCK)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"; }
echo "time      cpu%  rss_mb"
before=$(cpu_ticks)
for _ in $(seq "$samples"); do
  sleep "$interval"
  after=$(cpu_ticks)
  awk -v t="$(date -u +%H:%M:%S)" -v d=$((after - before)) -v hz="$hz" -v s="$interval" -v rss="$(rss_mb)" \
    'BEGIN { printf "%s %5.0f %7s\n", t, d * 100 / (hz * s), rss }'
  before=$after
done
