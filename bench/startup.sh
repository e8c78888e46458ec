#!/usr/bin/env bash
# Start-up to the first served page, two published builds alternated, each start a fresh process: the wall-clock time
# (what load.sh reports, and what a loaded machine moves), and beside it the CPU the process had used when the first
# page arrived — all its threads (utime+stime of /proc/PID/stat) and the main thread alone (/proc/PID/task/PID/stat),
# which is the start-up's critical path — figures that load moves far less than the wall clock. Started as load.sh
# starts the site (Production, rate limits off, the content not watched, no git import), meaning off unless MEANING is
# set; bound to 127.0.0.1. The derived files (the search index's, kept between starts: docs/performance.md, thirteenth
# session) are kept in a folder of each side's own, which the uncounted first start of each side fills: DERIVED=warm,
# the default, measures a start after the first of a deploy; DERIVED=cold empties the folder before every start (the
# first start after a deploy or an edit); DERIVED=off keeps none (Portal__KeepDerived=false).
#
#   A_DIR=/tmp/pub-before B_DIR=bench/out/site bash bench/startup.sh          # two publish folders, 5 starts each
#   A_DIR=bench/out/site B_DIR=bench/out/site B="DOTNET_TieredPGO=1" RUNS=8 bash bench/startup.sh   # one build, two settings
#   DERIVED=cold A_DIR=… B_DIR=… bash bench/startup.sh                          # every start the first after a deploy
#
# A publish as load.sh makes it:
#   dotnet publish src/GsiPortal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o DIR
set -euo pipefail
cd "$(dirname "$0")/.."

A_DIR=${A_DIR:?the first publish folder}
B_DIR=${B_DIR:-$A_DIR}
A=${A:-}
B=${B:-}
RUNS=${RUNS:-5}
PORT=${PORT:-5391}
MEANING=${MEANING:-false}
DERIVED=${DERIVED:-warm}
case $DERIVED in warm|cold|off) ;; *) echo "DERIVED is warm, cold or off"; exit 2;; esac
OUT=bench/out/startup
mkdir -p "$OUT"
TICKS=$(getconf CLK_TCK)

SITE_PID=
trap '[ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true' EXIT

declare -A walls cpus mains
start_once() { # label settings folder
  local label=$1 settings=$2 site=$3 start
  # Each side's own folder (A or B, whatever the label's run number): two builds never read each other's files.
  local derived="$PWD/$OUT/derived-${label//[0-9]/}"
  derived=${derived/warm/}
  [ "$DERIVED" = cold ] && rm -rf "$derived"
  start=$(date +%s%N)
  # shellcheck disable=SC2086 # the settings are NAME=value words
  env $settings ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__MeaningSearch="$MEANING" \
    Portal__ContentPath="$PWD/content" Portal__WatchContent=false Portal__ImportGitHistory=false \
    Portal__DerivedPath="$derived" Portal__KeepDerived="$([ "$DERIVED" = off ] && echo false || echo true)" \
    "$site/GsiPortal.Web" --urls "http://127.0.0.1:$PORT" > "$OUT/site-$label.log" 2>&1 &
  SITE_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/paper/commitments/4"; do
    sleep 0.01
    if (( ($(date +%s%N) - start) / 1000000 > 60000 )); then echo "site did not start"; tail "$OUT/site-$label.log"; exit 1; fi
  done
  local wall=$(( ($(date +%s%N) - start) / 1000000 ))
  local cpu main
  cpu=$(awk -v hz="$TICKS" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$SITE_PID/stat")
  main=$(awk -v hz="$TICKS" '{printf "%d", ($14 + $15) * 1000 / hz}' "/proc/$SITE_PID/task/$SITE_PID/stat")
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=
  printf "%-4s wall %6s ms   process CPU %6s ms   main thread CPU %6s ms   load %s\n" "$label" "$wall" "$cpu" "$main" "$(cut -d' ' -f1 /proc/loadavg)"
  walls[$label]=$wall; cpus[$label]=$cpu; mains[$label]=$main
}

echo "== A: ${A:-(defaults)} on $A_DIR"
echo "== B: ${B:-(defaults)} on $B_DIR"
echo "== derived files: $DERIVED"
# One start of each first, not counted: the files' pages come into the cache.
start_once warmA "$A" "$A_DIR" >/dev/null
start_once warmB "$B" "$B_DIR" >/dev/null
for run in $(seq 1 "$RUNS"); do
  start_once "A$run" "$A" "$A_DIR"
  start_once "B$run" "$B" "$B_DIR"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for side in A B; do
  w=(); c=(); m=()
  for run in $(seq 1 "$RUNS"); do w+=("${walls[$side$run]}"); c+=("${cpus[$side$run]}"); m+=("${mains[$side$run]}"); done
  printf "%s medians: wall %s ms, process CPU %s ms, main thread CPU %s ms\n" "$side" "$(median "${w[@]}")" "$(median "${c[@]}")" "$(median "${m[@]}")"
done
