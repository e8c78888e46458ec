#!/usr/bin/env bash
# The judged search set run through Pagefind (npm package `pagefind`, pinned in package.json) over the site's own
# pages, beside this search, in one command:
#
#   bash bench/search/pagefind.sh
#
# It publishes and starts the site on 127.0.0.1, fetches every page its sitemap lists, indexes them with Pagefind,
# runs each query of tests/Shared/search-judgements*.tsv through Pagefind's own search script in headless Chromium,
# and scores both engines with `bench/GsiPortal.Benchmarks -- judge`. A Pagefind result is a page with an excerpt;
# it is mapped to our unit ids by its page (an item's page is its item) and, on a page holding several units (a
# commentary, a part, the whole paper), to the unit whose text holds most of the excerpt's word triples (see
# PagefindResults.cs). Needs node/npm and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=bench/out/pagefind
PORT=${PORT:-5391}
STATIC_PORT=${STATIC_PORT:-5392}
rm -rf "$OUT" && mkdir -p "$OUT/site"

(cd bench/search && npm install --no-audit --no-fund --silent)

echo "== publishing and starting the site on 127.0.0.1:$PORT"
dotnet publish src/GsiPortal.Web -c Release -o "$OUT/app" --nologo -v quiet >/dev/null
ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__ContentPath="$PWD/content" Portal__WatchContent=false \
  "$OUT/app/GsiPortal.Web" --urls "http://127.0.0.1:$PORT" > "$OUT/site.log" 2>&1 &
site=$!
cleanup() { kill "$site" 2>/dev/null || true; [ -n "${static:-}" ] && kill "$static" 2>/dev/null || true; }
trap cleanup EXIT
for _ in $(seq 300); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.1; done

echo "== fetching the pages the sitemap lists"
curl -s "http://127.0.0.1:$PORT/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed -E 's#<loc>https?://[^/]*##; s#</loc>##' > "$OUT/pages.txt"
while read -r page; do
  mkdir -p "$OUT/site$page"
  curl -sf "http://127.0.0.1:$PORT$page" > "$OUT/site${page%/}/index.html"
done < "$OUT/pages.txt"
echo "   $(wc -l < "$OUT/pages.txt") pages"

echo "== indexing with Pagefind"
bench/search/node_modules/.bin/pagefind --site "$OUT/site" --output-subdir pagefind > "$OUT/pagefind.log"
grep -hv '^#' tests/Shared/search-judgements*.tsv | cut -f2 | sort -u > "$OUT/site/queries.txt"
cp bench/search/run-queries.html "$OUT/site/run-queries.html"

echo "== running the queries in headless Chromium"
node bench/search/serve.mjs "$OUT/site" "$STATIC_PORT" &
static=$!
sleep 0.5
/usr/bin/chromium --headless --no-sandbox --disable-gpu --virtual-time-budget=120000 --dump-dom \
  "http://127.0.0.1:$STATIC_PORT/run-queries.html" 2>/dev/null > "$OUT/dom.html"
python3 -c 'import html,re,sys; m=re.search(r"<pre id=\"out\">(.*?)</pre>", open(sys.argv[1]).read(), re.S); sys.stdout.write(html.unescape(m.group(1)) if m else "")' "$OUT/dom.html" > "$OUT/results.tsv"
[ -s "$OUT/results.tsv" ] || { echo "Pagefind returned nothing: see $OUT/dom.html"; exit 1; }

echo "== this search"
dotnet run -c Release --project bench/GsiPortal.Benchmarks -- judge
echo
echo "== Pagefind"
dotnet run -c Release --project bench/GsiPortal.Benchmarks -- judge "$OUT/results.tsv" --pages
