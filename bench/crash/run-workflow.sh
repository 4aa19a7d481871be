#!/usr/bin/env bash
# Kills `duoctl serve` (kill -9) again and again while it runs offboard-everywhere over an emulated
# MSP, and checks that the run succeeds, that Duo received each change once and that each change has
# its audit entry (see WorkflowCrashHarness.java). second-node: two servers on one database (the
# embedded H2, or an embedded PostgreSQL), the survivor takes the run over.
# Usage: bench/crash/run-workflow.sh [kills] [orgs] [latency_ms] [lease_seconds] [restart|second-node] [h2|postgres]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -o -pl duoctl-app -am package -Dfast -DskipTests
# duoctl-core's test class path holds the embedded PostgreSQL (io.zonky) the postgres variant starts.
./mvnw -B -q -o -pl duoctl-core dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/crash-workflow.cp" -Dmdep.includeScope=test
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
cp="duoctl-app/target/duoctl.jar:$(cat target/crash-workflow.cp)"
rm -rf target/crash-workflow && mkdir -p target/crash-workflow
"$(dirname "$JAVA")/javac" -d target/crash-workflow -cp "$cp" \
  bench/shared/*.java bench/crash/WorkflowCrashHarness.java
exec "$JAVA" -Dorg.slf4j.simpleLogger.log.io.zonky=warn -cp "target/crash-workflow:$cp" WorkflowCrashHarness "$@"
