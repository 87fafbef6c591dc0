#!/usr/bin/env bash
# Lighthouse 12.2.3 in Debian's Chromium on the dashboard, timeline and tariffs pages, mobile and desktop, $RUNS runs
# each; prints the median of each figure (docs/performance.md, "Lighthouse"). Reports stay in $TT_PERF_DIR/lighthouse.
# PAGES and FORMS (space-separated) narrow a run, e.g. PAGES=/ FORMS=mobile.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
port="${PORT:-5092}"
runs="${RUNS:-5}"
out="${TT_PERF_DIR:-/tmp/tradetracker-perf}/lighthouse"
read -r -a pages <<< "${PAGES:-/ /timeline /tariffs/USA/CHN}"
read -r -a forms <<< "${FORMS:-mobile desktop}"

(cd "$here" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1 || npm install --silent --no-audit --no-fund >/dev/null)
pid="$(PORT=$port "$here/serve.sh" | tail -1)"
trap 'kill "$pid" 2>/dev/null || true' EXIT
mkdir -p "$out"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '| page | form | performance | LCP ms | accessibility | best practices | SEO | transfer KB |\n|---|---|---|---|---|---|---|---|\n'
for page in "${pages[@]}"; do
  for form in "${forms[@]}"; do
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    name="$(echo "$page" | tr '/' '_')-$form"
    for run in $(seq 1 "$runs"); do
      "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port$page" "${preset[@]}" --quiet --output=json \
        --output-path="$out/$name-$run.json" \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-dev-shm-usage" >/dev/null 2>&1
    done
    figure() { for run in $(seq 1 "$runs"); do jq -r "$1" "$out/$name-$run.json"; done | median; }
    printf '| `%s` | %s | %s | %s | %s | %s | %s | %s |\n' "$page" "$form" \
      "$(figure '.categories.performance.score * 100 | round')" \
      "$(figure '.audits["largest-contentful-paint"].numericValue | round')" \
      "$(figure '.categories.accessibility.score * 100 | round')" \
      "$(figure '.categories["best-practices"].score * 100 | round')" \
      "$(figure '.categories.seo.score * 100 | round')" \
      "$(figure '.audits["total-byte-weight"].numericValue / 1024 | round')"
  done
done
