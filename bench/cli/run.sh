#!/usr/bin/env bash
# Start-up time of local CLI commands: p50/p90 of N runs each of `--help`, `orgs list`,
# `config show` and `jobs list` against a prepared data directory (see README.md). Builds nothing:
# it runs duoctl-app/target/duoctl.jar through ./duoctl, or through plain `java -jar` with --plain.
# Usage: bench/cli/run.sh [runs] [--plain]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-20}"
mode="${2:-launcher}"
jar="duoctl-app/target/duoctl.jar"
[ -f "$jar" ] || { echo "no $jar: build it first (./mvnw -B -o -q -Dfast -DskipTests package)" >&2; exit 3; }
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
export JAVA_HOME="$(dirname "$(dirname "$JAVA")")"

data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
export DUOCTL_DATA="$data"

duoctl() {
  if [ "$mode" = "--plain" ]; then "$JAVA" -jar "$jar" "$@"; else ./duoctl "$@"; fi
}

# The prepared data: a configuration saved without validation and a few organizations.
printf 'auth=%s\naccounts=%s\n' "$(printf 's%.0s' {1..40})" "$(printf 'a%.0s' {1..40})" \
  | duoctl config set --auth-host api-bench.duo.test --auth-ikey DIBENCHAUTHIKEY00000 \
      --accounts-host api-bench.duo.test --accounts-ikey DIBENCHACCOUNTSIKEY0 \
      --secret-keys-from-stdin --no-validate >/dev/null
for name in "Harbor Dental" "Cedar Ridge Law" "Bluebird Bakery" "Maple Street Veterinary"; do
  duoctl orgs add "$name" --tag bench >/dev/null
done

# Warm-up (first use of the data directory, and of the class cache when the launcher makes one).
for _ in 1 2; do duoctl orgs list >/dev/null; done

percentile() { # $1 = percent; sorted seconds on stdin
  awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR * p + 99) / 100); if (i < 1) i = 1; printf "%.2f", v[i] }'
}

echo "java: $("$JAVA" -version 2>&1 | head -n 1); runs: $runs; via: ${mode#--}; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-12s %6s %6s %8s\n' command p50 p90 "cpu p50"
TIMEFORMAT='%R %U %S'
for cmd in "--help" "orgs list" "config show" "jobs list"; do
  wall=()
  cpu=()
  for _ in $(seq "$runs"); do
    # shellcheck disable=SC2086
    read -r real user sys < <({ time duoctl $cmd >/dev/null 2>&1; } 2>&1)
    wall+=("$real")
    cpu+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')")
  done
  sorted="$(printf '%s\n' "${wall[@]}" | sort -n)"
  printf '%-12s %5ss %5ss %7ss\n' "$cmd" "$(percentile 50 <<<"$sorted")" \
    "$(percentile 90 <<<"$sorted")" "$(printf '%s\n' "${cpu[@]}" | sort -n | percentile 50)"
done
