#!/usr/bin/env bash
# Editions benchmark (docs/performance.md, "Editions"): archives GENERATED made-up editions of the content into a
# temporary archive (`archive generate`), starts the site on it, and measures the archive's size per edition, the
# first request to each of EARLIER old editions (built on demand from the archive) and the site's resident memory
# before and after. Bounded in time, on 127.0.0.1 only.
#
#   bash bench/editions.sh                          # 200 editions, 4 earlier editions asked for
#   GENERATED=50 EARLIER=3 PORT=5171 bash bench/editions.sh
set -euo pipefail
cd "$(dirname "$0")/.."

GENERATED=${GENERATED:-200}
EARLIER=${EARLIER:-4}
PORT=${PORT:-5171}
CONFIG=${CONFIG:-Release}
OUT=bench/out/editions
rm -rf "$OUT" && mkdir -p "$OUT/archive"
[ "${BUILD:-1}" = 1 ] && dotnet build src/GsiPortal.Web -c "$CONFIG" --nologo -v quiet >/dev/null
SITE=$(ls src/GsiPortal.Web/bin/"$CONFIG"/net10.0/GsiPortal.Web.dll)
export Portal__ArchivePath="$PWD/$OUT/archive" Portal__ContentPath="$PWD/content" Portal__WatchContent=false Portal__ImportGitHistory=false

echo "== archiving $GENERATED generated editions"
/usr/bin/time -f "%e s elapsed, %M KB peak" dotnet "$SITE" archive generate "$GENERATED"
du -sb "$OUT/archive" | awk -v n="$GENERATED" '{printf "archive: %d bytes, %.0f bytes per edition\n", $1, $1 / n}'

rss() { awk '/VmRSS/ {print $2}' "/proc/$1/status"; }
echo "== the site on that archive"
STARTED=$(date +%s.%N)
dotnet "$SITE" --urls "http://127.0.0.1:$PORT" >"$OUT/site.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
curl -s -o /dev/null "http://127.0.0.1:$PORT/paper/commitments/4"
echo "ready (first edition built, archive read and compared) after $(echo "$(date +%s.%N) - $STARTED" | bc) s"
echo "start-up: catalog of $(curl -s "http://127.0.0.1:$PORT/readyz" | grep -o '"editions":[0-9]*'), resident $(rss $PID) KB"
mapfile -t VERSIONS < <(curl -s "http://127.0.0.1:$PORT/api/editions" | grep -o '"version":"[0-9a-f]*"' | cut -d'"' -f4 | sed -n "2,$((EARLIER + 1))p")
for v in "${VERSIONS[@]}"; do
  first=$(curl -s -o /dev/null -m 60 -w "%{http_code} %{time_total}" "http://127.0.0.1:$PORT/editions/$v/paper/commitments/4")
  again=$(curl -s -o /dev/null -m 60 -w "%{time_total}" "http://127.0.0.1:$PORT/editions/$v/paper/priorities/12")
  echo "edition $v: first request $first s, next page $again s; resident $(rss $PID) KB"
done
sleep 5
echo "after 5 s at rest: resident $(rss $PID) KB; kept $(curl -s "http://127.0.0.1:$PORT/readyz" | grep -o '"earlierEditionsKept":[0-9]*')"
