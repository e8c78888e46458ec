#!/usr/bin/env bash
# A/B of runtime settings on one published site: the same build started with environment A, then B, alternated, each
# a fresh process measured as bench/load.sh measures its distinct searches — WARM of searches over load.sh's
# rotate.lua, then DURATION measured (requests/s, p99, the server's CPU per request from /proc) — then SOAK of
# load.sh's mix.lua and the working set 5 s after. Only the site gets the settings (load.sh's environment reaches bare
# Kestrel too, whose figure is the ratio's other half). Meaning off, rate limits off, bound to 127.0.0.1.
#
#   A="" B="DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=0" bash bench/ab.sh
#   A="" B="DOTNET_GCgen0MaxBudget=0xC00000" ROUNDS=3 SITE_DIR=bench/out/site bash bench/ab.sh   # reuse load.sh's publish
#   SITE_DIR=/tmp/pub-before B_DIR=bench/out/site bash bench/ab.sh                                   # two builds, same settings
#
# Needs wrk (Debian's). Prints one line per run and the figures of each side.
set -euo pipefail
cd "$(dirname "$0")/.."

A=${A:-}
B=${B:-}
ROUNDS=${ROUNDS:-2}
WARM=${WARM:-15s}
DURATION=${DURATION:-5s}
SOAK=${SOAK:-20}
PORT=${PORT:-5390}
OUT=bench/out/ab
SITE_DIR=${SITE_DIR:-}
# B's build, when it is another publish folder (A runs SITE_DIR's).
B_DIR=${B_DIR:-}
mkdir -p "$OUT"

if [ -z "$SITE_DIR" ]; then
  echo "== publishing the site as load.sh does (Release, ReadyToRun)"
  rm -rf "$OUT/site"
  dotnet publish src/GsiPortal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/site" --nologo -v quiet >/dev/null
  SITE_DIR=$OUT/site
fi
B_DIR=${B_DIR:-$SITE_DIR}
# load.sh's own scripts, taken from it so that both measure the same requests.
awk '/cat > "\$OUT\/rotate.lua" <<.LUA./{f=1;next} /^LUA$/{if(f){exit}} f' bench/load.sh > "$OUT/rotate.lua"
awk '/cat > "\$OUT\/mix.lua" <<.LUA./{f=1;next} /^LUA$/{if(f){exit}} f' bench/load.sh > "$OUT/mix.lua"

SITE_PID=
trap '[ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true' EXIT
TICKS=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

measure() { # label settings site-folder
  local label=$1 settings=$2 site=$3 start
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # the settings are NAME=value words
  env $settings ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__MeaningSearch=false Portal__ContentPath="$PWD/content" \
    Portal__WatchContent=false Portal__ImportGitHistory=false "$site/GsiPortal.Web" --urls "http://127.0.0.1:$PORT" > "$OUT/site-$label.log" 2>&1 &
  SITE_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/paper/commitments/4"; do
    sleep 0.01
    if (( ($(date +%s%N) - start) / 1000000 > 30000 )); then echo "site did not start"; tail "$OUT/site-$label.log"; exit 1; fi
  done
  local startup=$(( ($(date +%s%N) - start) / 1000000 ))
  ROTATE_OFFSET=0 ROTATE_THREADS=2 wrk -t2 -c32 -d"$WARM" -s "$OUT/rotate.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-warm-$label.txt"
  local offset=$(( $(awk '/requests in/ {print $1}' "$OUT/wrk-warm-$label.txt") * 5 / 4 + 32 ))
  local before; before=$(cpu_ticks "$SITE_PID")
  ROTATE_OFFSET=$offset ROTATE_THREADS=2 wrk -t2 -c32 -d"$DURATION" --latency -s "$OUT/rotate.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-$label.txt"
  local used=$(( $(cpu_ticks "$SITE_PID") - before ))
  local requests rps p99 cpu
  requests=$(awk '/requests in/ {print $1}' "$OUT/wrk-$label.txt")
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$label.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-$label.txt")
  cpu=$(awk -v t="$used" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1000000 / n }')
  wrk -t2 -c32 -d"${SOAK}s" -s "$OUT/mix.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-mix-$label.txt"
  sleep 5
  local ws; ws=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SITE_PID/status")
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=
  printf "%-4s start-up %5s ms  distinct searches %10s/s  p99 %8s  cpu %7s µs/request  working set after the mix %4s MB  load %s\n" \
    "$label" "$startup" "$rps" "$p99" "$cpu" "$ws" "$(cut -d' ' -f1 /proc/loadavg)"
}

echo "== A: ${A:-(defaults)} on $SITE_DIR"
echo "== B: ${B:-(defaults)} on $B_DIR"
for round in $(seq 1 "$ROUNDS"); do
  measure "A$round" "$A" "$SITE_DIR"
  measure "B$round" "$B" "$B_DIR"
done
