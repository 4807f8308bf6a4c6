#!/usr/bin/env bash
# Load test. First 10k idle keep-alive clients are attached to piiproxy
# (bench/idle) and its RSS is read. Then wrk with 10k connections runs
# against (a) a bare upstream, (b) the same upstream through piiproxy (GET,
# pure proxying) and (c) through piiproxy with a scrubbed KServe v1 POST.
# Prints req/s, the (b)/(a) and (c)/(a) ratios, errors, and piiproxy's
# peak RSS (VmHWM).
#
# Usage: bench/run.sh   (env: CONNS=10000 THREADS=2 DURATION=10s PROXY_PORT UPSTREAM_PORT)
set -euo pipefail
cd "$(dirname "$0")/.."

CONNS=${CONNS:-10000}
THREADS=${THREADS:-2}
DURATION=${DURATION:-10s}
UPSTREAM_PORT=${UPSTREAM_PORT:-28081}
PROXY_PORT=${PROXY_PORT:-28080}

if ! command -v wrk >/dev/null; then
  echo "wrk not found; installing it with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
# Every connection is a file descriptor in wrk, in the proxy and in the
# upstream; the default soft limit of 1024 would fail long before 10k.
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((CONNS + 2048)) ]; then
  echo "warning: ulimit -n is $(ulimit -n), below $((CONNS + 2048)); expect socket errors" >&2
fi

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/piiproxy" .
go build -o "$work/upstream" ./bench/upstream
go build -o "$work/idle" ./bench/idle

wait_port() { # wait until something accepts on 127.0.0.1:$1
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "nothing listening on port $1" >&2
  return 1
}

"$work/upstream" -listen "127.0.0.1:$UPSTREAM_PORT" & pids+=($!)
"$work/piiproxy" -listen "127.0.0.1:$PROXY_PORT" -upstream "http://127.0.0.1:$UPSTREAM_PORT" \
  -log-level warn 2>"$work/proxy.log" & proxy_pid=$!; pids+=($proxy_pid)
wait_port "$UPSTREAM_PORT"
wait_port "$PROXY_PORT"

rss() { awk "/$1/ {print \$2 \" \" \$3}" "/proc/$proxy_pid/status"; }
rss_start=$(rss VmRSS)
"$work/idle" -addr "127.0.0.1:$PROXY_PORT" -conns "$CONNS" >"$work/idle.txt" & idle_pid=$!; pids+=($idle_pid)
for _ in $(seq 600); do grep -q held "$work/idle.txt" && break; sleep 0.1; done
sleep 1
idle_held=$(cat "$work/idle.txt")
rss_idle=$(rss VmRSS)
kill "$idle_pid"; wait "$idle_pid" 2>/dev/null || true
sleep 1

cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"instances":[{"question":"I am jane.doe@example.com, call +44 20 7946 0958. How do I reset my index?","top_k":5}]}'
LUA

run_wrk() { # name url [lua]
  local name=$1 url=$2 script=${3:-}
  echo "== $name: wrk -c$CONNS -t$THREADS -d$DURATION $url ${script:+(POST scrubbed body)}" >&2
  wrk -c"$CONNS" -t"$THREADS" -d"$DURATION" --timeout 10s ${script:+-s "$script"} "$url" | tee "$work/$name.txt" >&2
}
rps() { awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt"; }
errors() {
  awk '/Socket errors:/ {gsub(",", ""); s = $4 + $6 + $8 + $10}
       /Non-2xx or 3xx/ {n = $NF}
       END {printf "socket errors %d, non-2xx %d", s, n}' "$work/$1.txt"
}

run_wrk direct "http://127.0.0.1:$UPSTREAM_PORT/v1/models/rag"
run_wrk proxied "http://127.0.0.1:$PROXY_PORT/v1/models/rag"
run_wrk scrubbed "http://127.0.0.1:$PROXY_PORT/v1/models/rag:predict" "$work/post.lua"

hwm=$(rss VmHWM)
masked=$(curl -s "http://127.0.0.1:$PROXY_PORT/-/metrics" 2>/dev/null | awk '/^piiproxy_pii_masked_total/ {n += $2} END {print n + 0}')

echo
echo "piiproxy load test: wrk -c$CONNS -t$THREADS -d$DURATION on $(nproc) cores ($(go env GOVERSION))"
printf '%-36s %10s req/s  %s\n' "(a) upstream direct, GET" "$(rps direct)" "$(errors direct)"
printf '%-36s %10s req/s  %s\n' "(b) through piiproxy, GET" "$(rps proxied)" "$(errors proxied)"
printf '%-36s %10s req/s  %s\n' "(c) through piiproxy, scrubbed POST" "$(rps scrubbed)" "$(errors scrubbed)"
awk -v a="$(rps direct)" -v b="$(rps proxied)" -v c="$(rps scrubbed)" \
  'BEGIN {printf "ratio (b)/(a) %.2f, (c)/(a) %.2f\n", b / a, c / a}'
echo "piiproxy RSS: at start $rss_start; with $idle_held: $rss_idle"
echo "piiproxy peak RSS (VmHWM) over the whole run: $hwm; PII items masked: $masked"
