#!/usr/bin/env bash
# ab.sh's measure with the working set taken apart: runtime settings on one published site, each a fresh process,
# alternated round by round — WARM of distinct searches (load.sh's rotate.lua), 5 s measured (requests/s, p99, the
# server's CPU a request from /proc), 20 s of load.sh's mix, then 5 s later the working set (VmRSS), smaps summed by
# mapping (the JIT's code is /memfd:doublemapper; the GC's heap and native allocations are the unnamed mappings) and
# the runtime's own meters (System.Runtime: the GC's committed bytes and heap sizes, the methods the JIT compiled),
# read through the site's metrics listener — on for every side alike, so its few MB are in every figure. Meaning off,
# rate limits off, bound to 127.0.0.1. Written for TieredPGO's memory (docs/performance.md, the twentieth session).
#
#   VARIANTS="off=DOTNET_TieredPGO=0 on=DOTNET_TieredPGO=1 on300=DOTNET_TieredPGO=1,DOTNET_TC_CallCountThreshold=300" \
#     SITE_DIR=<a publish as load.sh makes it> bash bench/ab-memory.sh
#
# VARIANTS: label=settings, the settings joined by commas. Needs wrk. Files per run in bench/out/ab-memory.
set -euo pipefail
cd "$(dirname "$0")/.."

SITE_DIR=${SITE_DIR:?a publish folder, as load.sh publishes the site}
VARIANTS=${VARIANTS:?label=settings ...}
ROUNDS=${ROUNDS:-2}
WARM=${WARM:-30s}
PORT=${PORT:-5392}
METRICS_PORT=${METRICS_PORT:-5393}
OUT=bench/out/ab-memory
mkdir -p "$OUT"
awk '/cat > "\$OUT\/rotate.lua" <<.LUA./{f=1;next} /^LUA$/{if(f){exit}} f' bench/load.sh > "$OUT/rotate.lua"
awk '/cat > "\$OUT\/mix.lua" <<.LUA./{f=1;next} /^LUA$/{if(f){exit}} f' bench/load.sh > "$OUT/mix.lua"
TICKS=$(getconf CLK_TCK)
SITE_PID=
trap '[ -n "$SITE_PID" ] && kill "$SITE_PID" 2>/dev/null || true' EXIT
# Each run asks queries no earlier run of this script asked (rotate.lua's offset moves on).
offset=0

run() { # label settings
  local label=$1 settings=$2 start; start=$(date +%s%N)
  # shellcheck disable=SC2086 # the settings are NAME=value words
  env $settings ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__MeaningSearch=false Portal__ContentPath="$PWD/content" \
    Portal__WatchContent=false Portal__ImportGitHistory=false Portal__MetricsPort="$METRICS_PORT" \
    "$SITE_DIR/GsiPortal.Web" --urls "http://127.0.0.1:$PORT" > "$OUT/site-$label.log" 2>&1 &
  SITE_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/paper/commitments/4"; do
    sleep 0.01
    if (( ($(date +%s%N) - start) / 1000000 > 60000 )); then echo "site did not start"; tail "$OUT/site-$label.log"; exit 1; fi
  done
  local startup=$(( ($(date +%s%N) - start) / 1000000 ))
  ROTATE_OFFSET=$offset ROTATE_THREADS=2 wrk -t2 -c32 -d"$WARM" -s "$OUT/rotate.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-warm-$label.txt"
  offset=$(( offset + $(awk '/requests in/ {print $1}' "$OUT/wrk-warm-$label.txt") * 5 / 4 + 32 ))
  local before; before=$(awk '{print $14 + $15}' "/proc/$SITE_PID/stat")
  ROTATE_OFFSET=$offset ROTATE_THREADS=2 wrk -t2 -c32 -d5s --latency -s "$OUT/rotate.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-$label.txt"
  local used=$(( $(awk '{print $14 + $15}' "/proc/$SITE_PID/stat") - before ))
  local n rps p99
  n=$(awk '/requests in/ {print $1}' "$OUT/wrk-$label.txt"); rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$label.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-$label.txt")
  offset=$(( offset + n * 5 / 4 + 32 ))
  wrk -t2 -c32 -d20s -s "$OUT/mix.lua" "http://127.0.0.1:$PORT" > "$OUT/wrk-mix-$label.txt"
  sleep 5
  local ws; ws=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SITE_PID/status")
  awk '/^[0-9a-f]+-[0-9a-f]+ /{name=$6} /^Rss:/{r[name]+=$2} END{for(n in r) printf "%8d kB %s\n", r[n], (n == "" ? "(anonymous)" : n)}' \
    "/proc/$SITE_PID/smaps" | sort -rn > "$OUT/maps-$label.txt"
  curl -s "http://127.0.0.1:$METRICS_PORT/metrics" | grep -E '^dotnet_(gc|jit|process_memory)' > "$OUT/metrics-$label.txt" || true
  kill "$SITE_PID"; wait "$SITE_PID" 2>/dev/null || true; SITE_PID=
  local jit code anon committed
  jit=$(awk '/^dotnet_jit_compiled_methods_total/ {print $2}' "$OUT/metrics-$label.txt")
  committed=$(awk '/^dotnet_gc_last_collection_memory_committed_size_bytes/ {printf "%d", $2 / 1048576}' "$OUT/metrics-$label.txt")
  code=$(awk '/doublemapper/ {printf "%d", $1 / 1024}' "$OUT/maps-$label.txt")
  anon=$(awk '/\(anonymous\)/ {printf "%d", $1 / 1024}' "$OUT/maps-$label.txt")
  printf "%-8s start-up %5s ms  searches %9s/s  p99 %8s  cpu %7s µs  ws %4s MB (JIT code %s, anonymous %s, GC committed %s MB; %s methods JIT-compiled)  load %s\n" \
    "$label" "$startup" "$rps" "$p99" "$(awk -v t="$used" -v hz="$TICKS" -v n="$n" 'BEGIN { printf "%.1f", t / hz * 1000000 / n }')" \
    "$ws" "${code:-0}" "${anon:-0}" "${committed:-?}" "${jit:-?}" "$(cut -d' ' -f1 /proc/loadavg)"
}

for round in $(seq 1 "$ROUNDS"); do
  for variant in $VARIANTS; do run "${variant%%=*}$round" "$(echo "${variant#*=}" | tr , ' ')"; done
done
