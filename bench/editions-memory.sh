#!/usr/bin/env bash
# Memory of earlier editions under the stranger's mix (docs/performance.md, "Editions"), in one run so that the
# machine's load moves both alike: the site (Release) on an archive of GENERATED made-up editions, first the load
# benchmark's stranger's mix alone for SOAK s, then the same mix with one request in four going to one of KEPT
# earlier editions in turn (so they are built and kept), each phase's resident memory read right after and 5 s
# later. Each earlier edition's cost alone is bench/editions.sh's. Bounded in time, on 127.0.0.1 only.
#
#   bash bench/editions-memory.sh                      # 20 editions, 3 kept, 60 s per phase
#   GENERATED=10 KEPT=2 SOAK=20 PORT=5351 bash bench/editions-memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."

GENERATED=${GENERATED:-20}
KEPT=${KEPT:-3}
SOAK=${SOAK:-60}
PORT=${PORT:-5171}
CONFIG=${CONFIG:-Release}
CONNECTIONS=${CONNECTIONS:-32}
OUT=bench/out/editions-memory
rm -rf "$OUT" && mkdir -p "$OUT/archive"
[ "${BUILD:-1}" = 1 ] && dotnet build src/GsiPortal.Web -c "$CONFIG" --nologo -v quiet >/dev/null
SITE=$(ls src/GsiPortal.Web/bin/"$CONFIG"/net10.0/GsiPortal.Web.dll)
# The earlier editions kept and a build rate the mix does not reach: this measures memory, not the limits.
export Portal__ArchivePath="$PWD/$OUT/archive" Portal__ContentPath="$PWD/content" Portal__WatchContent=false Portal__ImportGitHistory=false \
  Portal__EarlierEditionsKept="$KEPT" Portal__EarlierEditionsMegabytes=1000 Portal__EditionBuildsPerMinute=600 \
  RateLimiting__PermitLimit=1000000

dotnet "$SITE" archive generate "$GENERATED" >/dev/null
dotnet "$SITE" --urls "http://127.0.0.1:$PORT" >"$OUT/site.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null && break; sleep 0.5; done
rss() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status"; }
mapfile -t VERSIONS < <(curl -s "http://127.0.0.1:$PORT/api/editions" | grep -o '"version":"[0-9a-f]*"' | cut -d'"' -f4 | sed -n "2,$((KEPT + 1))p")
for url in /paper/commitments/4 /paper /api/search?q=security; do curl -s -o /dev/null "http://127.0.0.1:$PORT$url"; done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores; started: resident $(rss) MB"

# The load benchmark's mix (bench/load.sh); EDITIONS, when set, sends one request in four to an earlier edition's page.
cat > "$OUT/mix.lua" <<LUA
local pages = {"/", "/paper", "/paper/commitments/4", "/paper/priorities/8", "/commentaries/lei-kezhong", "/coverage"}
local editions = {$(printf '"%s",' "${VERSIONS[@]}")}
local mixed = os.getenv("EDITIONS") == "1"
local n = 0
request = function()
  n = n + 1
  local kind = n % 4
  local page = pages[(n % #pages) + 1]
  if kind == 0 then
    if mixed then return wrk.format("GET", "/editions/" .. editions[(math.floor(n / 4) % #editions) + 1] .. page) end
    return wrk.format("GET", "/api/search?q=security+" .. (n % 997))
  end
  if kind == 1 then return wrk.format("GET", page .. "?highlight=x" .. n) end
  if kind == 2 then return wrk.format("GET", page .. "?junk=" .. n) end
  return wrk.format("GET", page)
end
LUA
phase() { # name
  EDITIONS=$2 wrk -t2 -c"$CONNECTIONS" -d"${SOAK}s" -s "$OUT/mix.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-$1.txt" 2>&1
  local after settled
  after=$(rss); sleep 5; settled=$(rss)
  echo "$1: resident right after ${after} MB, 5 s later ${settled} MB; $(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$1.txt") requests/s, $(grep -E 'Non-2xx' "$OUT/wrk-$1.txt" || echo 'all 2xx'); $(curl -s "http://127.0.0.1:$PORT/readyz" | grep -o '"earlierEditionsKept":[0-9]*,"earlierEditionsKeptBytesEstimated":[0-9]*')"
}
phase "mix, current edition only" 0
phase "mix with ${#VERSIONS[@]} earlier editions" 1
echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"
