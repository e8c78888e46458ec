#!/usr/bin/env bash
# One start of a published site traced from its first instruction to its first page (/paper/commitments/4, as
# bench/startup.sh counts it): dotnet-trace's sample profiler (every managed thread's stack each millisecond, running
# or waiting) and the runtime's loader and JIT events, written as speedscope JSON; the site is then stopped (SIGTERM:
# the trace ends with it). Started as startup.sh starts it (Production, rate limits off, the content not watched, no
# git import, meaning off), its derived files kept in a folder of the publish's own (run twice: the first fills it).
# Read it with bench/profile/startup-tree.py. A traced start takes about three times a quiet one.
#
#   dotnet tool install -g dotnet-trace --version 10.0.750501
#   bash bench/profile/startup-trace.sh /tmp/pub /tmp/t-main       # -> /tmp/t-main.speedscope.json
#   python3 bench/profile/startup-tree.py /tmp/t-main.speedscope.json MAIN 40 30
set -euo pipefail
cd "$(dirname "$0")/../.."
SITE=${1:?the publish folder}
OUT=${2:?the trace file, without its extension}
PORT=${PORT:-5392}
TRACE=${DOTNET_TRACE:-$HOME/.dotnet/tools/dotnet-trace}
export ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__MeaningSearch=${MEANING:-false} \
  Portal__ContentPath="$PWD/content" Portal__WatchContent=false Portal__ImportGitHistory=false \
  Portal__DerivedPath="$SITE-derived" Portal__KeepDerived=true
"$TRACE" collect --format Speedscope -o "$OUT.nettrace" \
  --providers Microsoft-DotNETCore-SampleProfiler,Microsoft-Windows-DotNETRuntime:0x14C14FCCBD:4 \
  -- "$SITE/GsiPortal.Web" --urls "http://127.0.0.1:$PORT" > "$OUT.log" 2>&1 &
TRACER=$!
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/paper/commitments/4"; do sleep 0.005; done
# The site is the tracer's child; stopped by its own id.
SITE_PID=$(pgrep -P "$TRACER" -n)
kill "$SITE_PID"
wait "$TRACER" || true
ls -la "$OUT".speedscope.json
