#!/usr/bin/env bash
# The time from a commit on one instance to the notice on another (docs/architecture.md, "Deployment: several
# instances"): signs in on instance 0 as the cluster's first admin, makes N saves through its API (a new source each,
# one transaction each, 0.1 s apart), then reads instance 1's console log, where ChangeFeedListener writes
# "Heard 1 changes committed on <instance>, <lag> ms after the commit" (the lag from the commit instant in the
# notification to its arrival), and prints p50, p95 and max. Needs a running cluster:
#   bash tests/cluster/cluster.sh start 2 && bash tests/cluster/notify-latency.sh [N]   (default 100)
# It reads the same TT_CLUSTER_* settings as cluster.sh.
set -euo pipefail

saves="${1:-100}"
dir="${TT_CLUSTER_DIR:-/tmp/tradetracker-cluster}"
app_port="${TT_CLUSTER_APP_PORT:-5300}"
admin_email="${TT_CLUSTER_ADMIN_EMAIL:-admin@cluster.local}"
admin_password="${TT_CLUSTER_ADMIN_PASSWORD:-Cluster-pass-2025!}"
a="http://127.0.0.1:$app_port"
b_log="$dir/logs/instance-1.out"
[ -f "$b_log" ] || { echo "No instance 1 log at $b_log: start the cluster with two instances first." >&2; exit 1; }

jar=$(mktemp)
trap 'rm -f "$jar"' EXIT
form=$(curl -fsS -c "$jar" "$a/Account/Login")
token=$(grep -o 'name="__RequestVerificationToken" value="[^"]*"' <<<"$form" | sed 's/.*value="//; s/"$//')
status=$(curl -sS -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" "$a/Account/Login" \
  --data-urlencode "_handler=login" --data-urlencode "__RequestVerificationToken=$token" \
  --data-urlencode "Input.Email=$admin_email" --data-urlencode "Input.Password=$admin_password")
[ "$status" = 302 ] || { echo "Signing in on $a answered $status, not a redirect." >&2; exit 1; }

heard_before=$(grep -c "Heard 1 changes committed" "$b_log" || true)
run=$(date +%s)
for i in $(seq "$saves"); do
  curl -fsS -o /dev/null -b "$jar" -H "Content-Type: application/json" "$a/api/sources" \
    -d "{\"publisher\":\"Latency probe\",\"title\":\"Probe $run-$i\",\"url\":\"https://example.org/latency/$run/$i\"}"
  sleep 0.1
done

for _ in $(seq 100); do
  [ $(($(grep -c "Heard 1 changes committed" "$b_log" || true) - heard_before)) -ge "$saves" ] && break
  sleep 0.1
done
grep "Heard 1 changes committed" "$b_log" | tail -n +"$((heard_before + 1))" | sed -E 's/.*, ([0-9.]+) ms after the commit.*/\1/' | sort -n |
  awk -v saves="$saves" '{ v[NR] = $1 } END {
    if (NR < saves) printf "instance 1 heard %d of %d saves\n", NR, saves
    printf "commit on instance 0 -> notice on instance 1 over %d saves: p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
      NR, v[int((NR + 1) * 0.50)], v[int(NR * 0.95 + 0.5)], v[NR] }'
