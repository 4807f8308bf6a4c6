# Sourced by the bench scripts that start servers (bench/sidecar/run.sh,
# go/functions/vellum-project/bench/rss.sh).

# wait_port PORT: return once something accepts on 127.0.0.1:PORT, fail after 10 s.
wait_port() {
  for _ in $(seq 200); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.05
  done
  echo "nothing listening on 127.0.0.1:$1" >&2
  return 1
}
