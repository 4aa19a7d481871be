#!/usr/bin/env bash
# Kills `duoctl serve` (kill -9) again and again while it runs offboard-everywhere over an emulated
# MSP, and checks that the run succeeds, that Duo received each change once and that each change has
# its audit entry (see WorkflowCrashHarness.java). second-node: two servers on one database, the
# survivor takes the run over.
# Usage: bench/crash/run-workflow.sh [kills] [orgs] [latency_ms] [lease_seconds] [restart|second-node]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -pl duoctl-app -am package -Dfast -DskipTests
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
rm -rf target/crash-workflow && mkdir -p target/crash-workflow
"$(dirname "$JAVA")/javac" -d target/crash-workflow -cp duoctl-app/target/duoctl.jar \
  bench/shared/*.java bench/crash/WorkflowCrashHarness.java
exec "$JAVA" -cp "target/crash-workflow:duoctl-app/target/duoctl.jar" WorkflowCrashHarness "$@"
