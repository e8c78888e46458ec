#!/usr/bin/env bash
# Lighthouse on the pages readers land on: the home page, an item and a commentary, as a phone on a slow link
# (Lighthouse's default mobile emulation and throttling), against the site published in Release on loopback.
# Prints each category's score and every failed audit; exits non-zero below 100 in accessibility, best practices
# and SEO, or below 95 in performance.
#
#   bash bench/lighthouse.sh
#
# Needs Node.js and npm (Lighthouse is installed into bench/out/ on first use) and Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-5390}
OUT=bench/out
mkdir -p "$OUT"
if [ ! -x "$OUT/lighthouse/node_modules/.bin/lighthouse" ]; then
  echo "== installing Lighthouse into $OUT/lighthouse"
  mkdir -p "$OUT/lighthouse" && (cd "$OUT/lighthouse" && npm install lighthouse@12 --silent >/dev/null)
fi
echo "== publishing the site in Release"
# A clean folder of its own: publishing over another build leaves a stale static-asset manifest that serves empty files.
rm -rf "$OUT/lighthouse-site"
dotnet publish src/GsiPortal.Web -c Release -o "$OUT/lighthouse-site" --nologo -v quiet >/dev/null
ASPNETCORE_ENVIRONMENT=Production Portal__ContentPath="$PWD/content" Portal__WatchContent=false Portal__ImportGitHistory=false \
  "$OUT/lighthouse-site/GsiPortal.Web" --urls "http://127.0.0.1:$PORT" > "$OUT/lighthouse-site.log" 2>&1 &
SITE_PID=$!
trap 'kill $SITE_PID 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; do sleep 0.2; done


status=0
for page in / /paper/commitments/4 /commentaries/lei-kezhong; do
  report="$OUT/lighthouse$(echo "$page" | tr '/' '_').json"
  CHROME_PATH=/usr/bin/chromium "$OUT/lighthouse/node_modules/.bin/lighthouse" "http://127.0.0.1:$PORT$page" --quiet \
    --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync" \
    --only-categories=performance,accessibility,best-practices,seo --output=json --output-path="$report" >/dev/null 2>&1
  node -e '
    const r = require(process.argv[1]), page = process.argv[2];
    const s = Object.fromEntries(Object.values(r.categories).map(c => [c.id, Math.round(c.score * 100)]));
    console.log(`${page.padEnd(28)} performance ${s.performance}  accessibility ${s.accessibility}  best practices ${s["best-practices"]}  SEO ${s.seo}`);
    for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log(`    failed: ${a.id} (${a.title})`);
    process.exit(s.performance >= 95 && s.accessibility === 100 && s["best-practices"] === 100 && s.seo === 100 ? 0 : 1);
  ' "$PWD/$report" "$page" || status=1
done
exit $status
