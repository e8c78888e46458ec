#!/usr/bin/env bash
# Load benchmark: the site (published in Release) beside nginx serving the site's own saved HTML of the same
# pages, on loopback, with wrk. Prints requests per second and latency percentiles side by side, the ratio
# of the site to nginx for the pages, start-up time to the first page, and the working set before and after
# a sustained run. Everything is bounded in time and bound to 127.0.0.1.
#
#   bash bench/load.sh                 # 10 s per measurement, 60 s soak
#   DURATION=20s SOAK=120 bash bench/load.sh
#
# Needs Debian's wrk and nginx (installed when missing, if apt-get is available).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
SOAK=${SOAK:-60}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
SITE_PORT=${SITE_PORT:-5380}
NGINX_PORT=${NGINX_PORT:-5381}
OUT=bench/out
mkdir -p "$OUT"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "installing $tool"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

echo "== publishing the site in Release"
# ReadyToRun: compiled ahead of time, so start-up does not wait on the JIT.
dotnet publish src/GsiPortal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/site" --nologo -v quiet >/dev/null

cleanup() { [ -n "${SITE_PID:-}" ] && kill "$SITE_PID" 2>/dev/null || true; [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true; }
trap cleanup EXIT

echo "== starting the site on 127.0.0.1:$SITE_PORT (rate limits off for the benchmark)"
start=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__ContentPath="$PWD/content" Portal__WatchContent=false \
  "$OUT/site/GsiPortal.Web" --urls "http://127.0.0.1:$SITE_PORT" > "$OUT/site.log" 2>&1 &
SITE_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$SITE_PORT/paper/commitments/4"; do
  sleep 0.02
  if (( ($(date +%s%N) - start) / 1000000 > 30000 )); then echo "site did not start"; tail "$OUT/site.log"; exit 1; fi
done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start-up to first served page: ${startup_ms} ms"

echo "== checks"
css=$(curl -s "http://127.0.0.1:$SITE_PORT/" | grep -o '/css/site[^"]*\.css' | head -1)
echo "static asset $css: $(curl -s -D - -o /dev/null "http://127.0.0.1:$SITE_PORT$css" | grep -i "^cache-control" | tr -d "\r" || echo "no Cache-Control header")"
echo "null byte in a path: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SITE_PORT/paper/%00")"

echo "== saving the site's own HTML for nginx"
mkdir -p "$OUT/nginx/root/paper/commitments" "$OUT/nginx/logs"
curl -sf "http://127.0.0.1:$SITE_PORT/paper/commitments/4" > "$OUT/nginx/root/paper/commitments/4.html"
curl -sf "http://127.0.0.1:$SITE_PORT/paper" > "$OUT/nginx/root/paper.html"
cat > "$OUT/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $PWD/$OUT/nginx/nginx.pid;
error_log $PWD/$OUT/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  keepalive_requests 100000;
  types { text/html html; }
  client_body_temp_path $PWD/$OUT/nginx/tmp; proxy_temp_path $PWD/$OUT/nginx/tmp; fastcgi_temp_path $PWD/$OUT/nginx/tmp;
  uwsgi_temp_path $PWD/$OUT/nginx/tmp; scgi_temp_path $PWD/$OUT/nginx/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $PWD/$OUT/nginx/root;
    location = /paper/commitments/4 { default_type text/html; try_files /paper/commitments/4.html =404; }
    location = /paper { default_type text/html; try_files /paper.html =404; }
  }
}
NGINX
mkdir -p "$OUT/nginx/tmp"
"$NGINX" -c "$PWD/$OUT/nginx/nginx.conf" -p "$PWD/$OUT/nginx"
sleep 0.3

# Distinct queries: pairs of words from the texts, with a counter so that no two requests share a cache key.
cat > "$OUT/rotate.lua" <<'LUA'
local words = {"security","peace","dialogue","nuclear","sanctions","sovereignty","terrorism","cooperation","development",
  "indivisible","climate","africa","ukraine","charter","governance","dispute","mechanism","platform","biosecurity",
  "maritime","space","energy","food","cyber","data","multilateralism","hegemonism","confrontation","community","mankind",
  "consultation","stability","regional","global","initiative","principle","common","sustainable","comprehensive","traditional"}
local n = 0
local path = os.getenv("ROTATE_PATH") or "/api/search"
request = function()
  n = n + 1
  local a = words[(n % #words) + 1]
  local b = words[((n * 7) % #words) + 1]
  return wrk.format("GET", path .. "?q=" .. a .. "+" .. b .. "&n=" .. n)
end
LUA

run() { # name url [script]
  local name=$1 url=$2 script=${3:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$url" > "$OUT/wrk-$name.txt" 2>&1
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$name.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/wrk-$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-$name.txt")
  local errors; errors=$(grep -E "Non-2xx|Socket errors" "$OUT/wrk-$name.txt" | tr '\n' ' ' || true)
  printf "%-28s %12s %10s %10s  %s\n" "$name" "$rps" "$p50" "$p99" "$errors"
  eval "RPS_${name//[^a-zA-Z0-9]/_}=$rps"
}

ws() { awk '/VmRSS/ {print $2}' "/proc/$SITE_PID/status"; }

echo "== warm-up"
wrk -t1 -c4 -d2s "http://127.0.0.1:$SITE_PORT/paper/commitments/4" >/dev/null
wrk -t1 -c4 -d2s "http://127.0.0.1:$SITE_PORT/paper" >/dev/null
ROTATE_PATH=/api/search wrk -t1 -c4 -d2s -s "$OUT/rotate.lua" "http://127.0.0.1:$SITE_PORT" >/dev/null

echo "== $CONNECTIONS connections, $THREADS wrk threads, $DURATION each, $(nproc) cores"
printf "%-28s %12s %10s %10s\n" "what" "requests/s" "p50" "p99"
run site-item "http://127.0.0.1:$SITE_PORT/paper/commitments/4"
run nginx-item "http://127.0.0.1:$NGINX_PORT/paper/commitments/4"
run site-paper "http://127.0.0.1:$SITE_PORT/paper"
run nginx-paper "http://127.0.0.1:$NGINX_PORT/paper"
ROTATE_PATH=/api/search run site-api-search "http://127.0.0.1:$SITE_PORT" "$OUT/rotate.lua"
ROTATE_PATH=/search run site-search-html "http://127.0.0.1:$SITE_PORT" "$OUT/rotate.lua"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "ratio site/nginx, item page:  $(ratio "$RPS_site_item" "$RPS_nginx_item")"
echo "ratio site/nginx, whole paper: $(ratio "$RPS_site_paper" "$RPS_nginx_paper")"

echo "== memory under a ${SOAK} s mixed run"
before=$(ws)
ROTATE_PATH=/api/search wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SOAK}s" -s "$OUT/rotate.lua" "http://127.0.0.1:$SITE_PORT" > "$OUT/wrk-soak.txt" 2>&1
after=$(ws)
sleep 5
settled=$(ws)
echo "working set: before ${before} kB, right after ${after} kB, 5 s later ${settled} kB ($(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-soak.txt") requests/s during the run)"
