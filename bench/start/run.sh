#!/usr/bin/env bash
# Start-up and idle footprint of the long-running commands: time from process start to the first
# successful HTTP answer of `serve` (/health) and `demo` (its printed console URL), p50/p90 of N
# runs each, and the resident memory of `serve` after it has idled. `java -version` is timed the
# same way as a baseline, so figures from a loaded machine can be read as ratios (see README.md).
# Builds nothing: it runs duoctl-app/target/duoctl.jar through ./duoctl (or bare `java -jar`
# with --plain). Usage: bench/start/run.sh [runs] [--plain] [idle seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-10}"
mode="${2:-launcher}"
idle="${3:-30}"
jar="duoctl-app/target/duoctl.jar"
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -o -q -Dfast -DskipTests package)" >&2; exit 3; }
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 3; }

work="$(mktemp -d)"
pid=""
stop() { [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; pid=""; }
trap 'stop; rm -rf "$work"' EXIT
export DUOCTL_DATA="$work/data"

duoctl() {
  if [ "$mode" = "--plain" ]; then exec "$JAVA" -jar "$jar" "$@"; else exec ./duoctl "$@"; fi
}
now() { date +%s%N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# CPU time (user + system) the process has used so far, in seconds: the load moves it less.
cpu_seconds() {
  awk -v hz="$(getconf CLK_TCK)" '{ sub(/.*\) /, ""); printf "%.2f", ($12 + $13) / hz }' "/proc/$1/stat"
}

# Starts `duoctl $@` in the background and prints the seconds until $url (a URL, or "from-output"
# for the first http://...console/ line the process prints) answers 2xx/3xx, and the CPU seconds
# the process had used by then.
time_to_ready() {
  local url="$1" log="$work/out" start deadline
  shift
  : >"$log"
  start="$(now)"
  (duoctl "$@") >"$log" 2>&1 &
  pid=$!
  deadline=$((start + 60000000000))
  while [ "$(now)" -lt "$deadline" ]; do
    local target="$url"
    if [ "$url" = from-output ]; then
      target="$(grep -o 'http://[^ ]*/console/' "$log" | head -n 1 || true)"
    fi
    if [ -n "$target" ] && curl -fs -o /dev/null --max-time 2 "$target"; then
      awk -v s="$start" -v e="$(now)" -v c="$(cpu_seconds "$pid")" \
        'BEGIN { printf "%.3f %.2f\n", (e - s) / 1e9, c }'
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "duoctl $* ended early:" >&2; cat "$log" >&2; return 1; }
    sleep 0.01
  done
  echo "duoctl $* was not ready within 60 s" >&2
  return 1
}

percentile() { # $1 = percent; sorted seconds on stdin
  awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); if (i < 1) i = 1; printf "%.2f", v[i] }'
}
report() { # $1 = label; lines of "wall-seconds [cpu-seconds]" on stdin
  local lines wall cpu="-"
  lines="$(cat)"
  wall="$(cut -d' ' -f1 <<<"$lines" | sort -n)"
  if grep -q ' ' <<<"$lines"; then cpu="$(cut -d' ' -f2 <<<"$lines" | sort -n | percentile 50)s"; fi
  printf '%-16s %5ss %5ss %8s\n' "$1" "$(percentile 50 <<<"$wall")" "$(percentile 90 <<<"$wall")" "$cpu"
}

# The prepared data: a configuration saved without validation (serve needs none to answer).
printf 'auth=%s\n' "$(printf 's%.0s' {1..40})" \
  | (duoctl config set --auth-host api-bench.duo.test --auth-ikey DIBENCHAUTHIKEY00000 \
      --secret-keys-from-stdin --no-validate) >/dev/null
(duoctl orgs list) >/dev/null # the commands' class cache, when the launcher makes one
port="$(free_port)" # and the servers' one, made by the first server command before it starts
time_to_ready "http://127.0.0.1:$port/health" serve --port "$port" >/dev/null
stop

echo "java: $("$JAVA" -version 2>&1 | head -n 1); runs: $runs; via: ${mode#--}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-16s %6s %6s %8s\n' what p50 p90 "cpu p50"
TIMEFORMAT='%R %U %S'
for _ in $(seq "$runs"); do
  { time "$JAVA" -version >/dev/null 2>&1; } 2>&1 | awk '{ printf "%.3f %.2f\n", $1, $2 + $3 }'
done | report "java -version"
for _ in $(seq "$runs"); do
  port="$(free_port)"
  time_to_ready "http://127.0.0.1:$port/health" serve --port "$port"
  stop
done | report "serve ready"
for _ in $(seq "$runs"); do
  time_to_ready from-output demo --port 0
  stop
done | report "demo ready"

port="$(free_port)"
time_to_ready "http://127.0.0.1:$port/health" serve --port "$port" >/dev/null
java_pid="$(pgrep -P "$pid" java || echo "$pid")"
sleep "$idle"
rss_kb="$(awk '/^VmRSS/ { print $2 }' "/proc/$java_pid/status")"
printf 'serve idle %ss: VmRSS %d MB\n' "$idle" "$((rss_kb / 1024))"
stop
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
