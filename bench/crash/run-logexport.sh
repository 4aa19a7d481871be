#!/usr/bin/env bash
# Kills `duoctl serve` (kill -9) again and again while it exports the four Duo logs of an emulated
# MSP to a file sink, and checks that every event the emulator logged reached the sink exactly once
# (see LogExportCrashHarness.java).
# Usage: bench/crash/run-logexport.sh [kills] [orgs] [live_per_minute] [log_delay_seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl duoctl-app -am package -Dfast -DskipTests
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
rm -rf target/logexport-crash-bench && mkdir -p target/logexport-crash-bench
"$(dirname "$JAVA")/javac" -d target/logexport-crash-bench -cp duoctl-app/target/duoctl.jar \
  bench/shared/*.java bench/crash/LogExportCrashHarness.java
exec "$JAVA" -cp "target/logexport-crash-bench:duoctl-app/target/duoctl.jar" LogExportCrashHarness "$@"
