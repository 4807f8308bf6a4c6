#!/usr/bin/env bash
# The PII sidecar benchmark (issue 7), one run on loopback: the same upstream reached
# directly, through piiproxy (scrubbing on), through nginx (plain reverse proxy) and through
# pyproxy.py (aiohttp + uvloop, scrubbing on). It measures
#   1. req/s, p50/p99, errors, idle and peak RSS at 100 and 1,000 connections (wrk --latency);
#   2. 10,000 keep-alive connections: RSS with 10k idle clients held, then wrk -c10000 for
#      30 s (errors, peak RSS, goroutines/fds before and after) for piiproxy, nginx, Python;
#   3. added latency at light load: hey at a fixed rate, direct vs piiproxy, rounds interleaved;
# and prints one markdown table with the target checks (report.py). Raw outputs stay in $OUT.
#
# Usage: bash bench/sidecar/run.sh   (or make bench-sidecar). Knobs, all optional:
#   DURATION=8s ROUNDS=3 CONNS="100 1000"       phase 1: ROUNDS interleaved wrk runs of DURATION
#   THREADS=2                                   per contender and connection count (same for all)
#   CONTENDERS="direct go gosame nginx python"  phase 1 contenders (gosame: piiproxy masking only
#                                               the kinds pyproxy.py masks, -mask-kinds $SAME_KINDS)
#   BIG_CONNS=10000 BIG_DURATION=30s BIG_CONTENDERS="go nginx python"   phase 2 ("" skips it)
#   LIGHT_CONNS=20 LIGHT_QPS=50 LIGHT_DURATION=10s LIGHT_ROUNDS=3        phase 3 (QPS is per
#   LIGHT_MODES="paced staggered burst"         client: 20 x 50 = 1,000 req/s; ROUNDS=0 skips;
#   LIGHT_TARGETS="direct go nginx"             modes explained at phase_light)
#   NGINX_WORKERS=$(nproc) PY_WORKERS=$(nproc)  processes of nginx / the Python proxy
#   PIIPROXY_FLAGS="..."                        extra piiproxy flags (default: only -log-level warn)
#   TASKSET_LOAD=1 TASKSET_SERVER=0             pin wrk/hey and the servers to CPU lists (default:
#                                               no pinning; see README.md for why)
#   WRK_TIMEOUT=10s GOROUTINE_WAIT=45           wrk's per-request timeout; seconds piiproxy gets
#                                               to return to its goroutine baseline after phase 2
#   RECLAIM_WAIT=25                             seconds piiproxy stays idle after phase 2 before its
#                                               RSS is read (its idle reclaim runs 10-20 s after
#                                               the last request)
#   OUT=var/bench/sidecar/<time>                where raw outputs and report.md go
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"

DURATION=${DURATION:-8s}
ROUNDS=${ROUNDS:-3}
CONNS=${CONNS:-100 1000}
THREADS=${THREADS:-2}
CONTENDERS=${CONTENDERS-direct go gosame nginx python}
BIG_CONNS=${BIG_CONNS:-10000}
BIG_DURATION=${BIG_DURATION:-30s}
BIG_CONTENDERS=${BIG_CONTENDERS-go nginx python}
LIGHT_CONNS=${LIGHT_CONNS:-20}
LIGHT_QPS=${LIGHT_QPS:-50}
LIGHT_DURATION=${LIGHT_DURATION:-10s}
LIGHT_ROUNDS=${LIGHT_ROUNDS:-3}
LIGHT_MODES=${LIGHT_MODES:-paced staggered burst}
LIGHT_TARGETS=${LIGHT_TARGETS:-direct go nginx}
NGINX_WORKERS=${NGINX_WORKERS:-$(nproc)}
PY_WORKERS=${PY_WORKERS:-$(nproc)}
PIIPROXY_FLAGS=${PIIPROXY_FLAGS:-}
TASKSET_LOAD=${TASKSET_LOAD:-}
TASKSET_SERVER=${TASKSET_SERVER:-}
WRK_TIMEOUT=${WRK_TIMEOUT:-10s}
GOROUTINE_WAIT=${GOROUTINE_WAIT:-45}
RECLAIM_WAIT=${RECLAIM_WAIT:-25}
OUT=${OUT:-$ROOT/var/bench/sidecar/$(date -u +%Y%m%dT%H%M%SZ)}
VENV=$ROOT/.venv/bench-sidecar
UPSTREAM_PORT=28181 GO_PORT=28182 NGINX_PORT=28183 PYTHON_PORT=28184 GOSAME_PORT=28185
# The kinds pyproxy.py masks (pyscrub.py); piiproxy also masks national ids, dates of birth, names
# and addresses, so "go" does more work per request than "python", and "gosame" the same work.
SAME_KINDS=secret,email,iban,credit_card,ssn,ip,phone
# The request every contender gets: a KServe v1 prediction whose question holds an e-mail
# address and a phone number, so piiproxy and pyproxy.py parse, mask and re-encode it.
BODY='{"instances":[{"question":"I am jane.doe@example.com, call +44 20 7946 0958. How do I reset my index?","top_k":5}]}'
PREDICT=/v1/models/rag:predict
# One value of each kind the issue lists, sent once through each scrubbing contender to an echoing
# upstream: none may arrive, so both really do the same scrubbing (the load itself uses BODY).
PROBE_VALUES=(jane.doe@example.com "+44 20 7946 0958" "4111 1111 1111 1111" "DE89 3704 0044 0532 0130 00"
  123-45-6789 192.168.1.20 fe80::1ff:fe23:4567:890a ghp_R8aZ1kQ0pW2xN4mV6bT8cY3dE5fG7hJ9kL1m "hunter2!x")
PROBE='{"instances":[{"question":"mail jane.doe@example.com, phone +44 20 7946 0958, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789, hosts 192.168.1.20 and fe80::1ff:fe23:4567:890a, token ghp_R8aZ1kQ0pW2xN4mV6bT8cY3dE5fG7hJ9kL1m, password: hunter2!x. How do I reset my index?"}]}'

log() { echo ">>> $*" >&2; }

## ------------------------------------------------------------ tools, limits, builds

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v hey >/dev/null || missing+=(hey)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} with apt-get"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  # wrk2 (constant-rate wrk) is not a Debian package; phase 3 uses hey -q, which is.
  if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c 'import aiohttp, uvloop, orjson' 2>/dev/null; then
    log "creating $VENV for pyproxy.py"
    if [ -x "$ROOT/.venv/bootstrap/bin/uv" ]; then
      "$ROOT/.venv/bootstrap/bin/uv" venv --quiet --python python3 "$VENV"
      "$ROOT/.venv/bootstrap/bin/uv" pip install --quiet --python "$VENV/bin/python" -r "$HERE/requirements.txt"
    else
      python3 -m venv "$VENV"
      "$VENV/bin/pip" install --quiet -r "$HERE/requirements.txt"
    fi
  fi
}

raise_fd_limit() {
  # Every connection is a descriptor in wrk, in the proxy and (nginx has no upstream cap) in
  # the upstream; the usual soft limit of 1024 fails long before 10k. Root may raise the hard
  # limit itself; otherwise take what the hard limit allows.
  local want=$((BIG_CONNS * 2 + 4096))
  if [ "$(ulimit -Hn)" != unlimited ] && [ "$(ulimit -Hn)" -lt "$want" ]; then
    ulimit -Hn "$want" 2>/dev/null || true
  fi
  ulimit -n "$(ulimit -Hn)"
  if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt $((BIG_CONNS + 2048)) ]; then
    echo "WARNING: ulimit -n is $(ulimit -n), below $((BIG_CONNS + 2048)): the ${BIG_CONNS}-connection phase will see socket errors" >&2
  fi
}

build() {
  # piiproxy from the working tree, as the Makefile builds it, so each run measures the
  # current proxy. A working tree caught in the middle of an edit falls back to the last
  # commit, and setup.txt says which was measured. Then the bench's own Go tools.
  mkdir -p "$OUT/bin"
  if (cd go/sidecars/piiproxy && CGO_ENABLED=0 go build -trimpath -o "$OUT/bin/piiproxy" . 2>"$OUT/build.log"); then
    BUILT_FROM="working tree"
  else
    BUILT_FROM="last commit (the working tree did not build: $(head -1 "$OUT/build.log"))"
    echo "WARNING: piiproxy's working tree does not build; measuring its last commit" >&2
    mkdir -p "$OUT/src"
    git archive HEAD go/sidecars/piiproxy | tar -x -C "$OUT/src"
    (cd "$OUT/src/go/sidecars/piiproxy" && CGO_ENABLED=0 go build -trimpath -o "$OUT/bin/piiproxy" .)
  fi
  (cd "$HERE" && for tool in upstream idle memwatch pace; do go build -o "$OUT/bin/$tool" "./$tool"; done)
}

record_setup() {
  local dirty
  dirty=$(git status --porcelain -- go/sidecars/piiproxy | grep -v '^??' | wc -l || true)
  {
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    # (its old bench/ folder excluded: the commit that moved it here did not change the proxy)
    echo "piiproxy commit: $(git log -1 --format='%h %s' -- go/sidecars/piiproxy ':(exclude)go/sidecars/piiproxy/bench')"
    echo "repository HEAD: $(git rev-parse --short HEAD); piiproxy files modified in the working tree: $dirty; built from: $BUILT_FROM"
    echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "tools: $(go env GOVERSION), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}'), hey $(dpkg-query -W -f '${Version}' hey 2>/dev/null), python $("$VENV/bin/python" -c 'import sys, aiohttp, uvloop, orjson; print(sys.version.split()[0], "aiohttp", aiohttp.__version__, "uvloop", uvloop.__version__, "orjson", orjson.__version__)')"
    echo "settings: wrk -t$THREADS -d$DURATION --timeout $WRK_TIMEOUT -c{$CONNS} x $ROUNDS interleaved rounds; ${BIG_CONNS} connections for $BIG_DURATION; light load $LIGHT_CONNS clients x $LIGHT_QPS req/s ($LIGHT_MODES) x $LIGHT_ROUNDS rounds of $LIGHT_DURATION on $LIGHT_TARGETS; nginx worker_processes $NGINX_WORKERS; Python workers $PY_WORKERS; piiproxy flags: -log-level warn $PIIPROXY_FLAGS; pinning: load ${TASKSET_LOAD:-none}, servers ${TASKSET_SERVER:-none}; ulimit -n $(ulimit -n)"
  } >"$OUT/setup.txt"
  cat "$OUT/setup.txt" >&2
}

## ------------------------------------------------------------ processes

# on_cpus CPULIST cmd...: become cmd, pinned to CPULIST when it is set. It execs, so call it in
# a subshell, "( on_cpus ... )" or "on_cpus ... &": then $! is the server itself, which is what
# is measured and stopped, not a shell around it.
on_cpus() {
  local cpus=$1; shift
  if [ -n "$cpus" ]; then exec taskset -c "$cpus" "$@"; else exec "$@"; fi
}

. "$ROOT/bench/wait_port.sh"

stop_pid() { # stop_pid PID: SIGTERM, then SIGKILL after 15 s
  local pid=$1
  kill -TERM "$pid" 2>/dev/null || return 0
  for _ in $(seq 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

port_of() {
  case $1 in direct) echo "$UPSTREAM_PORT" ;; go) echo "$GO_PORT" ;; gosame) echo "$GOSAME_PORT" ;; nginx) echo "$NGINX_PORT" ;; python) echo "$PYTHON_PORT" ;; esac
}

nginx_conf() {
  local prefix=$OUT/nginx user_line=""
  mkdir -p "$prefix"
  # As root nginx would switch its workers to "nobody"; keep them as the current user.
  [ "$(id -u)" = 0 ] && user_line="user $(id -un) $(id -gn);"
  sed -e "s|@USER_LINE@|$user_line|" -e "s|@WORKERS@|$NGINX_WORKERS|" -e "s|@PREFIX@|$prefix|g" \
      -e "s|@NOFILE@|$(ulimit -n)|" -e "s|@WORKER_CONNECTIONS@|$(( $(ulimit -n) - 64 ))|" -e "s|@UPSTREAM_KEEPALIVE@|$BIG_CONNS|" \
      -e "s|@UPSTREAM@|127.0.0.1:$UPSTREAM_PORT|" -e "s|@LISTEN@|127.0.0.1:$NGINX_PORT|" \
      -e "s|@BACKLOG@|$(cat /proc/sys/net/core/somaxconn)|" "$HERE/nginx.conf.in" >"$prefix/nginx.conf"
  echo "$prefix"
}

port_free() { # port_free PORT: fail when something (a stray earlier run?) already listens there
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    echo "port $1 is already in use; stop what listens there (ss -ltnp | grep $1) and retry" >&2
    return 1
  fi
}

start() { # start NAME: start a contender and wait for its port; sets PID (empty for direct)
  local name=$1 prefix
  PID=""
  [ "$name" = direct ] && return 0
  port_free "$(port_of "$name")"
  case $name in
    go)
      # shellcheck disable=SC2086  # PIIPROXY_FLAGS is a list of flags
      on_cpus "$TASKSET_SERVER" "$OUT/bin/piiproxy" -listen "127.0.0.1:$GO_PORT" \
        -upstream "http://127.0.0.1:$UPSTREAM_PORT" -log-level warn $PIIPROXY_FLAGS 2>>"$OUT/piiproxy.log" &
      ;;
    gosame)
      # shellcheck disable=SC2086
      on_cpus "$TASKSET_SERVER" "$OUT/bin/piiproxy" -listen "127.0.0.1:$GOSAME_PORT" \
        -upstream "http://127.0.0.1:$UPSTREAM_PORT" -log-level warn -mask-kinds "$SAME_KINDS" $PIIPROXY_FLAGS 2>>"$OUT/piiproxy.log" &
      ;;
    nginx)
      prefix=$(nginx_conf)
      on_cpus "$TASKSET_SERVER" nginx -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" -g 'daemon off;' &
      ;;
    python)
      on_cpus "$TASKSET_SERVER" "$VENV/bin/python" "$HERE/pyproxy.py" --listen "127.0.0.1:$PYTHON_PORT" \
        --upstream "http://127.0.0.1:$UPSTREAM_PORT" --workers "$PY_WORKERS" 2>>"$OUT/pyproxy.log" &
      ;;
  esac
  PID=$!
  wait_port "$(port_of "$name")"
  kill -0 "$PID" 2>/dev/null || { echo "$name exited at start" >&2; return 1; }
}

check() { # check NAME: one request answers 200; a scrubbing contender really masks
  local name=$1 url echo
  url="http://127.0.0.1:$(port_of "$name")$PREDICT"
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$BODY" "$url" \
    || { echo "$name: the benchmark request failed" >&2; return 1; }
  [ "$name" = go ] || [ "$name" = gosame ] || [ "$name" = python ] || return 0
  echo=$(curl -sf -H 'Content-Type: application/json' -H 'X-Bench-Echo: 1' -d "$BODY" "$url")
  if [[ $echo == *jane.doe@example.com* || $echo == *7946* || $echo != *"How do I reset my index?"* ]]; then
    echo "$name did not scrub the benchmark body; the upstream received: $echo" >&2
    return 1
  fi
  grep -q "^$name: upstream receives" "$OUT/setup.txt" || echo "$name: upstream receives $echo" >>"$OUT/setup.txt"
  echo=$(curl -sf -H 'Content-Type: application/json' -H 'X-Bench-Echo: 1' -d "$PROBE" "$url")
  local value
  for value in "${PROBE_VALUES[@]}"; do
    if [[ $echo == *"$value"* || $echo != *"How do I reset my index?"* ]]; then
      echo "$name did not scrub every kind (\"$value\" got through); the upstream received: $echo" >&2
      return 1
    fi
  done
}

mem_once() { "$OUT/bin/memwatch" -pid "$1" -once; }

# goroutines NAME PID: piiproxy's go_goroutines gauge when it exports one, else "n/a"; and the
# process tree's open descriptors (one per connection), which every contender has.
goroutines() {
  local n="n/a" fds=0 p
  if [ "$1" = go ]; then
    n=$(curl -s "http://127.0.0.1:$GO_PORT/-/metrics" | awk '$1 == "go_goroutines" {print $2}')
    n=${n:-n/a}
  fi
  for p in $2 $(cat /proc/"$2"/task/*/children 2>/dev/null); do
    fds=$((fds + $(ls /proc/"$p"/fd 2>/dev/null | wc -l)))
  done
  echo "goroutines=$n fds=$fds"
}

back_to_baseline() { # back_to_baseline BEFORE AFTER: every count in AFTER <= its value in BEFORE
  awk 'NR == FNR {for (i = 1; i <= NF; i++) {split($i, kv, "="); b[kv[1]] = kv[2]}; next}
       {for (i = 1; i <= NF; i++) {split($i, kv, "="); if (kv[2] != "n/a" && kv[2] + 0 > b[kv[1]] + 0) bad = 1}}
       END {exit bad}' "$1" "$2"
}

## ------------------------------------------------------------ load

write_wrk_script() {
  cat >"$OUT/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '$BODY'
LUA
}

# wrk_run NAME PID CONNS DURATION TAG: wrk --latency against NAME while memwatch samples PID's
# process tree; leaves TAG.wrk and TAG.mem in $OUT. A contender that fails is recorded, not fatal.
wrk_run() {
  local name=$1 pid=$2 conns=$3 duration=$4 tag=$5 mw=""
  local threads=$THREADS
  [ "$conns" -lt "$threads" ] && threads=$conns
  if [ -n "$pid" ]; then
    "$OUT/bin/memwatch" -pid "$pid" >"$OUT/$tag.mem" & mw=$!
  fi
  log "$tag: wrk -t$threads -c$conns -d$duration --latency POST $PREDICT -> $name"
  (on_cpus "$TASKSET_LOAD" timeout $(( ${duration%s} + 60 )) wrk -t"$threads" -c"$conns" -d"$duration" \
    --timeout "$WRK_TIMEOUT" --latency -s "$OUT/post.lua" "http://127.0.0.1:$(port_of "$name")$PREDICT") \
    >"$OUT/$tag.wrk" 2>&1 || echo "wrk exited with status $?" >>"$OUT/$tag.wrk"
  if [ -n "$mw" ]; then kill -TERM "$mw"; wait "$mw" || true; fi
  grep -E 'Requests/sec|Socket errors|Non-2xx' "$OUT/$tag.wrk" >&2 || true
}

# Phase 1 starts every contender at once and takes turns: each round runs wrk against each of
# them in turn (the first one rotating), so that the machine's other load, which comes and
# goes, falls on all of them alike; report.py takes medians over rounds and per-round ratios.
phase_connections() {
  local name c round order
  declare -A pid_of
  for name in $CONTENDERS; do
    start "$name"
    check "$name"
    pid_of[$name]=$PID
  done
  sleep 1
  for name in $CONTENDERS; do
    [ -n "${pid_of[$name]}" ] || continue
    mem_once "${pid_of[$name]}" >"$OUT/$name.idle"
    # piiproxy's own gauge, when it has one, as a cross-check of the /proc figure.
    [ "$name" = go ] && curl -s "http://127.0.0.1:$GO_PORT/-/metrics" |
      awk '$1 == "process_resident_memory_bytes" {printf "metric_rss_kb=%d\n", $2 / 1024}' >>"$OUT/$name.idle"
  done
  # All rounds at one connection count before the next, so that the peak RSS at 100
  # connections is not the memory a process kept from an earlier run at 1,000.
  for c in $CONNS; do
    order=$CONTENDERS
    for round in $(seq "$ROUNDS"); do
      for name in $order; do
        wrk_run "$name" "${pid_of[$name]}" "$c" "$DURATION" "$name-c$c-r$round"
        sleep 1
      done
      order="$(echo "$order" | cut -d' ' -f2-) $(echo "$order" | cut -d' ' -f1)"
    done
  done
  for name in $CONTENDERS; do
    [ -n "${pid_of[$name]}" ] && stop_pid "${pid_of[$name]}"
  done
}

phase_10k() {
  local name idle_pid tag
  for name in $BIG_CONTENDERS; do
    tag=$name-c$BIG_CONNS-r1
    start "$name"
    check "$name"
    sleep 1
    mem_once "$PID" >"$OUT/$name.idle10k"
    goroutines "$name" "$PID" >"$OUT/$tag.before"
    # First hold BIG_CONNS idle keep-alive clients (one request each): what a pod pays for
    # connections that are open but quiet.
    log "$tag: holding $BIG_CONNS idle keep-alive connections on $name"
    "$OUT/bin/idle" -addr "127.0.0.1:$(port_of "$name")" -conns "$BIG_CONNS" -path /v1/models/rag \
      >"$OUT/$tag.held" 2>&1 & idle_pid=$!
    for _ in $(seq 600); do grep -q held "$OUT/$tag.held" && break; sleep 0.1; done
    sleep 1
    mem_once "$PID" >>"$OUT/$tag.held"
    kill -TERM "$idle_pid"; wait "$idle_pid" 2>/dev/null || true
    sleep 1
    wrk_run "$name" "$PID" "$BIG_CONNS" "$BIG_DURATION" "$tag"
    # Then give goroutines and descriptors time to go back to where they were: GOROUTINE_WAIT s
    # for piiproxy (whose idle reclaim starts after 10 s without requests), 5 s for the others
    # (a reference; their upstream pools keep idle connections for 90 s by configuration).
    # piiproxy's RSS is read once its idle reclaim has run (RECLAIM_WAIT s), even when its
    # goroutines were back sooner.
    local wait_s=5 waited=0 min_wait=0
    [ "$name" = go ] && wait_s=$GOROUTINE_WAIT min_wait=$RECLAIM_WAIT
    while :; do
      goroutines "$name" "$PID" >"$OUT/$tag.after"
      [ "$waited" -ge "$min_wait" ] && back_to_baseline "$OUT/$tag.before" "$OUT/$tag.after" && break
      [ "$waited" -ge "$wait_s" ] && break
      sleep 1; waited=$((waited + 1))
    done
    echo "waited_s=$waited" >>"$OUT/$tag.after"
    kill -0 "$PID" 2>/dev/null && mem_once "$PID" | sed 's/^rss_kb/after_rss_kb/' >>"$OUT/$tag.after"
    if kill -0 "$PID" 2>/dev/null; then stop_pid "$PID"; else echo "exited during the run" >>"$OUT/$tag.after"; fi
    sleep 2
  done
}

# Phase 3: latency at a fixed rate well below saturation. "paced" (the first mode, on which the
# targets are checked) is the wrk2-style pace tool: one process, LIGHT_CONNS keep-alive
# connections opened before the clock starts, arrivals spread evenly over each interval. The
# hey modes are kept for comparison with earlier rounds: hey -q paces each worker with its own
# ticker, and the workers of one hey start together, so "hey -c 20 -q 50" ("burst") sends 20
# simultaneous requests every 20 ms, a 20-deep queue; "staggered" runs LIGHT_CONNS separate
# "hey -c 1" processes started apart, whose 20 Go runtimes share the two cores with the proxy
# and show up in every target's tail. nginx is a reference: what one plain proxy hop costs on
# this machine.
light_run() { # light_run MODE TARGET ROUND
  local mode=$1 target=$2 round=$3 url i gap pids=()
  url="http://127.0.0.1:$(port_of "$target")$PREDICT"
  log "light load round $round ($mode): $LIGHT_CONNS clients x $LIGHT_QPS req/s for $LIGHT_DURATION -> $target"
  if [ "$mode" = paced ]; then
    (on_cpus "$TASKSET_LOAD" timeout $(( ${LIGHT_DURATION%s} + 60 )) "$OUT/bin/pace" -c "$LIGHT_CONNS" \
      -rate $((LIGHT_CONNS * LIGHT_QPS)) -d "$LIGHT_DURATION" -body "$BODY" -url "$url" \
      -o "$OUT/light-$mode-$target-$round.csv") 2>>"$OUT/light.err" || true
    return 0
  fi
  if [ "$mode" = burst ]; then
    (on_cpus "$TASKSET_LOAD" timeout $(( ${LIGHT_DURATION%s} + 60 )) hey -c "$LIGHT_CONNS" -q "$LIGHT_QPS" \
      -z "$LIGHT_DURATION" -m POST -T application/json -d "$BODY" -o csv "$url") \
      >"$OUT/light-$mode-$target-$round.csv" 2>>"$OUT/light.err" || true
    return 0
  fi
  # Start the clients one request interval apart: 1 / (LIGHT_CONNS x LIGHT_QPS) seconds.
  gap=$(awk -v n=$((LIGHT_CONNS * LIGHT_QPS)) 'BEGIN {printf "%.4f", 1 / n}')
  for i in $(seq "$LIGHT_CONNS"); do
    (on_cpus "$TASKSET_LOAD" timeout $(( ${LIGHT_DURATION%s} + 60 )) hey -c 1 -q "$LIGHT_QPS" \
      -z "$LIGHT_DURATION" -m POST -T application/json -d "$BODY" -o csv "$url") \
      >"$OUT/light-$mode-$target-$round-$i.csv" 2>>"$OUT/light.err" & pids+=($!)
    sleep "$gap"
  done
  wait "${pids[@]}" || true
}

phase_light() {
  local round target mode name
  declare -A pid_of
  [ "$LIGHT_ROUNDS" -gt 0 ] || return 0
  for name in $LIGHT_TARGETS; do
    start "$name"
    check "$name"
    pid_of[$name]=$PID
  done
  sleep 1
  for round in $(seq "$LIGHT_ROUNDS"); do
    for mode in $LIGHT_MODES; do
      for target in $LIGHT_TARGETS; do
        light_run "$mode" "$target" "$round"
      done
    done
  done
  for name in $LIGHT_TARGETS; do
    [ -n "${pid_of[$name]}" ] && stop_pid "${pid_of[$name]}"
  done
}

## ------------------------------------------------------------ main

cleanup() {
  local p
  for p in $(jobs -p); do stop_pid "$p"; done
}
trap cleanup EXIT

mkdir -p "$OUT"
install_tools
raise_fd_limit
log "building piiproxy from the working tree and the bench tools into $OUT/bin"
build
record_setup
write_wrk_script

port_free "$UPSTREAM_PORT"
on_cpus "$TASKSET_SERVER" "$OUT/bin/upstream" -listen "127.0.0.1:$UPSTREAM_PORT" 2>>"$OUT/upstream.log" &
wait_port "$UPSTREAM_PORT"

phase_connections
[ -n "$BIG_CONTENDERS" ] && phase_10k
phase_light

echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$OUT/setup.txt"
"$VENV/bin/python" "$HERE/report.py" "$OUT" | tee "$OUT/report.md"
echo "raw outputs: $OUT" >&2
