#!/usr/bin/env bash
# Load benchmark, on loopback, with wrk: the site (published in Release) against two references serving the very
# bytes the site answers — a bare Kestrel app writing them from memory (bench/BareKestrel, the stable ceiling) and
# nginx serving them from files. Rounds are interleaved so that a noisy machine moves all three alike. Then search
# throughput over distinct queries, start-up to the first served page, the item page's size, and the working set
# after a soak mixing pages, searches and cache-busting query strings. Everything is bounded in time and bound to
# 127.0.0.1.
#
#   bash bench/load.sh                       # 3 rounds of 10 s per measurement, 60 s soak
#   ROUNDS=1 DURATION=5s SOAK=20 bash bench/load.sh
#   BARE_INLINE=0 bash bench/load.sh         # the bare Kestrel's sockets as the runtime's default (the site's own setting aside)
#
# With search by meaning on (the default), also: how long after start-up the model and the passages' vectors are
# ready, and the meaning path (/api/search/meaning) over distinct queries at each of MEANING_CONNECTIONS.
#
# Needs Debian's wrk and nginx (installed when missing, if apt-get is available).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-3}
SOAK=${SOAK:-60}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
# The meaning path's runs: one of DURATION per number of connections (one wrk thread per connection, up to THREADS).
MEANING_CONNECTIONS=${MEANING_CONNECTIONS:-1 2 4 8 32}
SITE_PORT=${SITE_PORT:-5380}
NGINX_PORT=${NGINX_PORT:-5381}
BARE_PORT=${BARE_PORT:-5382}
OUT=bench/out
mkdir -p "$OUT"

for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ]; then
    echo "installing $tool"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx >/dev/null
  fi
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

echo "== publishing the site and the bare Kestrel ceiling in Release"
# Clean folders: publishing over another build leaves a stale static-asset manifest. ReadyToRun: no JIT at start-up.
rm -rf "$OUT/site" "$OUT/bare"
dotnet publish src/GsiPortal.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/site" --nologo -v quiet >/dev/null
dotnet publish bench/BareKestrel -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$OUT/bare" --nologo -v quiet >/dev/null

cleanup() {
  for pid in ${SITE_PID:-} ${BARE_PID:-}; do kill "$pid" 2>/dev/null || true; done
  [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

echo "== starting the site on 127.0.0.1:$SITE_PORT (rate limits off for the benchmark); load average $(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s%N)
ASPNETCORE_ENVIRONMENT=Production RateLimiting__Enabled=false Portal__ContentPath="$PWD/content" Portal__WatchContent=false Portal__ImportGitHistory=false \
  "$OUT/site/GsiPortal.Web" --urls "http://127.0.0.1:$SITE_PORT" > "$OUT/site.log" 2>&1 &
SITE_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$SITE_PORT/paper/commitments/4"; do
  sleep 0.01
  if (( ($(date +%s%N) - start) / 1000000 > 30000 )); then echo "site did not start"; tail "$OUT/site.log"; exit 1; fi
done
startup_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "start-up to first served page: ${startup_ms} ms"

echo "== checks"
# A start after the first of this build and content reads the search index's files and the cross-references' findings
# (docs/performance.md, thirteenth session); the first after a publish of new code, or in a fresh clone, builds them: which this start was (the site's
# log line "Loaded content version", read here, after the page, by when it has been written).
echo "that start's derived files: $(grep -o '"Derived":"[^"]*"' "$OUT/site.log" | head -1 || true)"
css=$(curl -s "http://127.0.0.1:$SITE_PORT/" | grep -o '/css/site[^"]*\.css' | head -1)
echo "static asset $css: $(curl -s -o /dev/null -w '%{size_download} bytes, %{content_type}' "http://127.0.0.1:$SITE_PORT$css")"
echo "null byte in a path: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$SITE_PORT/paper/%00")"
echo "item page: $(curl -s "http://127.0.0.1:$SITE_PORT/paper/commitments/4" | wc -c) bytes of HTML, $(curl -s -H 'Accept-Encoding: br' "http://127.0.0.1:$SITE_PORT/paper/commitments/4" | wc -c) with Brotli"

# Search by meaning loads its model and embeds the passages in the background after start-up: wait for that here, so
# that it is not measured against the rounds. A query whose words find nothing asks the meaning path: 503 until it is
# ready, 200 then; 404 when the path is off (Portal__MeaningSearch=false).
meaning_ready_ms=off
probe="http://127.0.0.1:$SITE_PORT/api/search/meaning?q=xyzzy+plugh+probe"
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$probe")" != 404 ]; then
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$probe")" = 200 ]; do
    sleep 0.05
    if (( ($(date +%s%N) - start) / 1000000 > 300000 )); then echo "search by meaning was not ready after 300 s"; tail "$OUT/site.log"; exit 1; fi
  done
  meaning_ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  echo "search by meaning ready (model loaded, passages embedded) ${meaning_ready_ms} ms after the start; working set then $(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SITE_PID/status") MB"
fi

echo "== saving the site's own answers for nginx and the bare Kestrel ceiling"
mkdir -p "$OUT/nginx/root/paper/commitments" "$OUT/nginx/logs" "$OUT/nginx/tmp" "$OUT/saved"
save() { # name path
  curl -sf -D "$OUT/saved/$1.body.headers" "http://127.0.0.1:$SITE_PORT$2" > "$OUT/saved/$1.body"
  curl -sf -D "$OUT/saved/$1.br.headers" -H 'Accept-Encoding: br' "http://127.0.0.1:$SITE_PORT$2" > "$OUT/saved/$1.br"
  echo "$2" > "$OUT/saved/$1.path"
}
save item /paper/commitments/4
save paper /paper
cp "$OUT/saved/item.body" "$OUT/nginx/root/paper/commitments/4.html"
cp "$OUT/saved/paper.body" "$OUT/nginx/root/paper.html"
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
"$NGINX" -c "$PWD/$OUT/nginx/nginx.conf" -p "$PWD/$OUT/nginx"
# The ceiling runs its sockets as the site runs them: the site asks for inline completions itself (Hosting/
# SocketCompletions, from the thirteenth session), so the bare Kestrel is given the same, and the ratio still measures
# the site's own work. BARE_INLINE=0 gives the ceiling of the sessions before (the runtime's default).
DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS=${BARE_INLINE:-1} \
  "$OUT/bare/BareKestrel" "$OUT/saved" --urls "http://127.0.0.1:$BARE_PORT" > "$OUT/bare.log" 2>&1 &
BARE_PID=$!
until curl -sf -o /dev/null "http://127.0.0.1:$BARE_PORT/paper"; do sleep 0.05; done

# Distinct queries, every one a real search. Until 5 December 2026 (third session) wrk's threads repeated each other's
# keys and half the requests were cache hits; until its fourth session only 40 query strings were asked (pairs
# a=n%40, b=7n%40), made distinct by the ignored key n= alone, so a per-query cache inside the search (the embedding
# cache of Search/Meaning holds 4,096) answered most of them. Now every query string differs (see the script).
cat > "$OUT/rotate.lua" <<'LUA'
-- Distinct queries: every ordered pair and triple of distinct words below (60,840 query strings), in a fixed
-- shuffled order, each asked once before any is asked again. wrk runs a copy of this script per thread: thread t of
-- ROTATE_THREADS takes every ROTATE_THREADS-th query from ROTATE_OFFSET on, so no two threads ask the same one, and
-- load.sh moves ROTATE_OFFSET past what each run asked, so the next run (warm-up, rounds) asks new ones. A query is
-- asked again only after 60,840 others, more than any per-query cache holds (the output cache's admission table
-- 16,384, the embedding cache 4,096). The key n= makes every address unique for the output cache besides.
local words = {"security","peace","dialogue","nuclear","sanctions","sovereignty","terrorism","cooperation","development",
  "indivisible","climate","africa","ukraine","charter","governance","dispute","mechanism","platform","biosecurity",
  "maritime","space","energy","food","cyber","data","multilateralism","hegemonism","confrontation","community","mankind",
  "consultation","stability","regional","global","initiative","principle","common","sustainable","comprehensive","traditional"}
local W = #words
local pairs_ = W * (W - 1)
local space = pairs_ + W * (W - 1) * (W - 2)
local stride = tonumber(os.getenv("ROTATE_THREADS") or "1")
local offset = tonumber(os.getenv("ROTATE_OFFSET") or "0")
local path = os.getenv("ROTATE_PATH") or "/api/search"
local threads = 0
local run = tostring(os.time()) .. "-" .. tostring(math.random(1000000))
function setup(thread)
  thread:set("id", threads)
  thread:set("prefix", run .. "-" .. threads .. "-")
  threads = threads + 1
end
-- the k-th word other than those already taken (ascending indices, 0-based)
local function other(k, taken)
  for _, t in ipairs(taken) do if k >= t then k = k + 1 end end
  return k
end
local function query(g)
  if g < pairs_ then
    local a = math.floor(g / (W - 1))
    local b = other(g % (W - 1), {a})
    return words[a + 1] .. "+" .. words[b + 1]
  end
  local h = g - pairs_
  local a = math.floor(h / ((W - 1) * (W - 2)))
  local r = h % ((W - 1) * (W - 2))
  local b = other(math.floor(r / (W - 2)), {a})
  local lo, hi = math.min(a, b), math.max(a, b)
  local c = other(r % (W - 2), {lo, hi})
  return words[a + 1] .. "+" .. words[b + 1] .. "+" .. words[c + 1]
end
local n = 0
request = function()
  local k = offset + n * stride + (id or 0)
  n = n + 1
  -- 7919 is prime and divides no factor of 60,840: k -> k * 7919 mod space visits every query once per cycle
  local g = (k * 7919) % space
  return wrk.format("GET", path .. "?q=" .. query(g) .. "&n=" .. (prefix or "") .. n)
end
LUA
# A stranger's mix: pages, searches, and pages with junk query strings that no cache should keep.
cat > "$OUT/mix.lua" <<'LUA'
local pages = {"/", "/paper", "/paper/commitments/4", "/paper/priorities/8", "/commentaries/lei-kezhong", "/coverage"}
local n = 0
request = function()
  n = n + 1
  local kind = n % 4
  if kind == 0 then return wrk.format("GET", "/api/search?q=security+" .. (n % 997)) end
  if kind == 1 then return wrk.format("GET", pages[(n % #pages) + 1] .. "?highlight=x" .. n) end
  if kind == 2 then return wrk.format("GET", pages[(n % #pages) + 1] .. "?junk=" .. n) end
  return wrk.format("GET", pages[(n % #pages) + 1])
end
LUA

# CPU time the server process spent (user + system, from /proc), in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)
run() { # name url [script] [header] [server pid: also its CPU time per request]
  local name=$1 url=$2 script=${3:-} header=${4:-} pid=${5:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  [ -n "$header" ] && args+=(-H "$header")
  local cpu_before=0
  [ -n "$pid" ] && cpu_before=$(cpu_ticks "$pid")
  wrk "${args[@]}" "$url" > "$OUT/wrk-$name.txt" 2>&1
  local rps p50 p99 errors requests
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-$name.txt")
  p50=$(awk '$1=="50%" {print $2}' "$OUT/wrk-$name.txt")
  p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-$name.txt")
  errors=$(grep -E "Non-2xx|Socket errors" "$OUT/wrk-$name.txt" | tr '\n' ' ' || true)
  CPU_US=""
  if [ -n "$pid" ]; then
    requests=$(awk '/requests in/ {print $1}' "$OUT/wrk-$name.txt")
    CPU_US=$(awk -v t="$(( $(cpu_ticks "$pid") - cpu_before ))" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1000000 / n }')
    errors="cpu ${CPU_US} µs/request $errors"
  fi
  printf "%-22s %12s %10s %10s  %s\n" "$name" "$rps" "$p50" "$p99" "$errors"
  RESULT=$rps
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ws() { awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SITE_PID/status"; }

echo "== warm-up"
for url in /paper/commitments/4 /paper; do
  wrk -t1 -c4 -d2s "http://127.0.0.1:$SITE_PORT$url" >/dev/null
  wrk -t1 -c4 -d2s -H 'Accept-Encoding: br' "http://127.0.0.1:$SITE_PORT$url" >/dev/null
done
# Each search run starts past the queries the runs before it asked (ROTATE_OFFSET), so no round repeats another's.
ROTATE_OFFSET=0
# Searches are warmed at full load for SEARCH_WARM_UP (15 s): with profile-guided compilation on (as the site ran in the
# sixth session; its project file turns it off again since) a fresh process compiles its hot methods twice in its first
# 10-15 s of searching, at 2-4 times a request's CPU; 2 s at 4 connections, as before, left round 1 partly measuring that
# (docs/performance.md, seventh turn). Without it, tiered compilation still settles in those seconds.
ROTATE_OFFSET=$ROTATE_OFFSET ROTATE_THREADS=$THREADS ROTATE_PATH=/api/search wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SEARCH_WARM_UP:-15s}" -s "$OUT/rotate.lua" "http://127.0.0.1:$SITE_PORT" > "$OUT/wrk-warm-up-search.txt"
# (a quarter more than wrk counted: its threads need not have asked alike, and requests in flight at the end are not counted)
ROTATE_OFFSET=$(( ROTATE_OFFSET + $(awk '/requests in/ {print $1}' "$OUT/wrk-warm-up-search.txt") * 5 / 4 + CONNECTIONS ))

search_ratios=(); search_p99s=(); search_cpu_ratios=()
echo "== $ROUNDS interleaved rounds: $CONNECTIONS connections, $THREADS wrk threads, $DURATION each, $(nproc) cores"
summary=()
for round in $(seq 1 "$ROUNDS"); do
  echo "-- round $round"
  printf "%-22s %12s %10s %10s\n" "what" "requests/s" "p50" "p99"
  for page in item:/paper/commitments/4 paper:/paper; do
    name=${page%%:*}; path=${page#*:}
    for enc in plain br; do
      header=""; [ "$enc" = br ] && header="Accept-Encoding: br"
      run "site-$name-$enc" "http://127.0.0.1:$SITE_PORT$path" "" "$header"; site=$RESULT
      run "bare-$name-$enc" "http://127.0.0.1:$BARE_PORT$path" "" "$header" "$BARE_PID"; bare=$RESULT
      [ "$name-$enc" = item-plain ] && bare_item=$bare && bare_item_cpu=$CPU_US
      run "body-only-$name-$enc" "http://127.0.0.1:$BARE_PORT/body-only$path" "" "$header"; body_only=$RESULT
      nginx_ratio="-"
      if [ "$enc" = plain ]; then run "nginx-$name" "http://127.0.0.1:$NGINX_PORT$path"; nginx_ratio=$(ratio "$site" "$RESULT"); fi
      summary+=("round $round  $name $enc: site/bare Kestrel $(ratio "$site" "$bare") (same headers), $(ratio "$site" "$body_only") (body only), site/nginx $nginx_ratio")
    done
  done
  ROTATE_OFFSET=$ROTATE_OFFSET ROTATE_THREADS=$THREADS ROTATE_PATH=/api/search run "site-api-search" "http://127.0.0.1:$SITE_PORT" "$OUT/rotate.lua" "" "$SITE_PID"
  search_p99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-site-api-search.txt")
  searches=$(awk '/requests in/ {print $1}' "$OUT/wrk-site-api-search.txt")
  ROTATE_OFFSET=$(( ROTATE_OFFSET + searches * 5 / 4 + CONNECTIONS ))
  summary+=("round $round  /api/search, distinct queries: $RESULT requests/s, p99 $search_p99 ($(( searches < 60840 ? searches : 60840 )) distinct query strings)")
  # Load-independent beside requests/s: the CPU each server spent per request. On a machine shared with wrk (and
  # with others), requests/s move with everything else running; the CPU per request moves far less, and the ratio
  # of the two servers' figures predicts the ratio of their requests/s on a quiet machine.
  summary+=("round $round  CPU per request: /api/search ${CPU_US} µs, bare Kestrel item page ${bare_item_cpu} µs (bare / search $(ratio "$bare_item_cpu" "$CPU_US"))")
  search_cpu_ratios+=("$(ratio "$bare_item_cpu" "$CPU_US")")
  # Issue 24's goal, one line each: the search against bare Kestrel's item page in the same round, and its p99.
  search_ratios+=("$(ratio "$RESULT" "$bare_item")")
  search_p99s+=("$search_p99")
done
echo "== ratios"
printf '%s\n' "${summary[@]}"
echo "search / bare Kestrel (item page, plain), per round: ${search_ratios[*]}   (goal >= 0.25)"
echo "search p99 over distinct queries, per round: ${search_p99s[*]}   (goal < 10ms)"
echo "CPU per request, bare Kestrel item page / search, per round: ${search_cpu_ratios[*]}   (about the requests/s ratio on a quiet machine)"

if [ "$meaning_ready_ms" != off ]; then
  # Issue 24: "a meaning-based path, where it runs, p99 < 50 ms". The same distinct queries as the search rounds, to
  # /api/search/meaning, which embeds the query (3-6 ms of CPU) for those whose words find fewer than three results (most
  # pairs and triples), two at a time with four more waiting up to 30 ms; any other is answered 503 at once. So the
  # p99 covers both answers, and "answered/s" counts the 200s alone.
  echo "== the meaning path: /api/search/meaning over distinct queries, $DURATION per concurrency"
  printf "%-12s %12s %12s %10s %10s  %-18s %s\n" "connections" "requests/s" "answered/s" "p50" "p99" "503 busy" "site CPU per request"
  seconds=${DURATION%s}
  for c in $MEANING_CONNECTIONS; do
    t=$(( c < THREADS ? c : THREADS ))
    cpu_before=$(cpu_ticks "$SITE_PID")
    ROTATE_OFFSET=$ROTATE_OFFSET ROTATE_THREADS=$t ROTATE_PATH=/api/search/meaning \
      wrk -t"$t" -c"$c" -d"$DURATION" --latency -s "$OUT/rotate.lua" "http://127.0.0.1:$SITE_PORT" > "$OUT/wrk-meaning-$c.txt" 2>&1
    requests=$(awk '/requests in/ {print $1}' "$OUT/wrk-meaning-$c.txt")
    busy=$(awk '/Non-2xx/ {print $5}' "$OUT/wrk-meaning-$c.txt"); busy=${busy:-0}
    cpu=$(awk -v t="$(( $(cpu_ticks "$SITE_PID") - cpu_before ))" -v hz="$TICKS" -v n="$requests" 'BEGIN { printf "%.0f µs", t / hz * 1000000 / n }')
    printf "%-12s %12s %12s %10s %10s  %-18s %s\n" "$c" "$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-meaning-$c.txt")" \
      "$(awk -v n="$requests" -v b="$busy" -v s="$seconds" 'BEGIN { printf "%.1f", (n - b) / s }')" \
      "$(awk '$1=="50%" {print $2}' "$OUT/wrk-meaning-$c.txt")" "$(awk '$1=="99%" {print $2}' "$OUT/wrk-meaning-$c.txt")" "$busy of $requests" "$cpu"
    ROTATE_OFFSET=$(( ROTATE_OFFSET + requests * 5 / 4 + c ))
  done
  echo "(goal: p99 < 50ms where the meaning path runs; busy answers are 503 with Retry-After, counted in the p99)"
fi

echo "== memory under a ${SOAK} s stranger's mix (pages, searches, cache-busting query strings)"
before=$(ws)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SOAK}s" -s "$OUT/mix.lua" "http://127.0.0.1:$SITE_PORT" > "$OUT/wrk-soak.txt" 2>&1
after=$(ws)
sleep 5
settled=$(ws)
echo "working set: before ${before} MB, right after ${after} MB, 5 s later ${settled} MB ($(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-soak.txt") requests/s during the run; $(grep -E 'Non-2xx' "$OUT/wrk-soak.txt" || echo 'all 2xx'))"
