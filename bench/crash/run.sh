#!/usr/bin/env bash
# Kills `duoctl serve` (kill -9) again and again during a users.create job over an emulated MSP, and
# checks that no record of what Duo did is lost and no change is repeated (see CrashHarness.java).
# Usage: bench/crash/run.sh [kills] [orgs] [latency_ms] [lease_seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl duoctl-app -am package -Dfast -DskipTests
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
rm -rf target/crash-bench && mkdir -p target/crash-bench
"$(dirname "$JAVA")/javac" -d target/crash-bench -cp duoctl-app/target/duoctl.jar \
  bench/shared/*.java bench/crash/CrashHarness.java
exec "$JAVA" -cp "target/crash-bench:duoctl-app/target/duoctl.jar" CrashHarness "$@"
