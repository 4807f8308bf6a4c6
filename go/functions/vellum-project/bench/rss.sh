#!/usr/bin/env bash
# Resident memory of the vellum-project composition function, Go vs Python, served the way a
# function pod serves it (gRPC, --insecure here instead of mTLS): idle after start-up, and the
# peak (VmHWM) over start-up plus a burst of $N RunFunction requests ($C concurrent) from
# bench/burst. Everything listens on 127.0.0.1 only. Prints a Markdown table for BENCHMARKS.md.
#   go/functions/vellum-project/bench/rss.sh          # N=1000 C=16
set -euo pipefail
N="${N:-1000}"
C="${C:-16}"
here="$(cd "$(dirname "$0")" && pwd)"
fn="$(dirname "$here")"
root="$(cd "$fn/../../.." && pwd)"
bin="$here/bin"
venv="$root/.venv/fnpython"
export GOTOOLCHAIN=local
uv="$(command -v uv || echo "$root/.venv/bootstrap/bin/uv")"

mkdir -p "$bin"
(cd "$fn" && CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$bin/function" . \
          && go build -o "$bin/burst" ./bench/burst)
if [ ! -x "$venv/bin/python" ]; then
  UV_PYTHON_DOWNLOADS=never "$uv" venv --quiet --python "${PYTHON:-python3}" "$venv"
fi
UV_LINK_MODE=copy "$uv" pip install --quiet --python "$venv/bin/python" "crossplane-function-sdk-python==0.15.1"

kib() { awk -v k="$2" '$1 == k":" {print $2}' "/proc/$1/status"; }
mib() { awk -v x="$1" 'BEGIN {printf "%.1f", x / 1024}'; }

. "$root/bench/wait_port.sh"

# measure NAME PORT CMD...: start CMD, settle, read idle RSS, burst, read peak RSS, stop.
measure() {
  local name="$1" port="$2"
  shift 2
  "$@" >"$bin/$name.log" 2>&1 &
  local pid=$!
  wait_port "$port"
  sleep 3
  local idle burst
  idle="$(kib "$pid" VmRSS)"
  burst="$("$bin/burst" -addr "127.0.0.1:$port" -n "$N" -c "$C")"
  sleep 1
  local peak after anon file
  peak="$(kib "$pid" VmHWM)"
  after="$(kib "$pid" VmRSS)"
  anon="$(kib "$pid" RssAnon)"
  file="$(kib "$pid" RssFile)"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  printf '| %s | %s | %s | %s (anon %s, file %s) | %s |\n' "$name" "$(mib "$idle")" "$(mib "$peak")" \
    "$(mib "$after")" "$(mib "$anon")" "$(mib "$file")" "$burst"
}

echo "| function | idle RSS (MiB) | peak RSS, VmHWM (MiB) | RSS after burst (MiB) | burst ($N requests, $C concurrent) |"
echo "|---|---|---|---|---|"
measure go 19443 "$bin/function" --insecure --address 127.0.0.1:19443 --metrics-address 127.0.0.1:19080
measure python 19444 "$venv/bin/python" "$here/python/vellum_fn.py" 127.0.0.1:19444
