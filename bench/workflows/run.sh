#!/usr/bin/env bash
# offboard-everywhere over every organization of a generated MSP, in-process through
# Duoctl.workflowRuns(), against its critical path from the emulator's request log (see
# WorkflowBench.java, README.md).
# Usage: bench/workflows/run.sh [orgs] [latency_ms] [account|integration|none]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o -pl duoctl-app -am package -Dfast -DskipTests
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
rm -rf target/workflow-bench && mkdir -p target/workflow-bench
"$(dirname "$JAVA")/javac" -d target/workflow-bench -cp duoctl-app/target/duoctl.jar \
  bench/shared/*.java bench/workflows/WorkflowBench.java
# WORKFLOW_JAVA_OPTS: extra JVM options, e.g. -XX:StartFlightRecording=filename=workflows.jfr,settings=profile
exec "$JAVA" -Xmx2g ${WORKFLOW_JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "target/workflow-bench:duoctl-app/target/duoctl.jar" WorkflowBench "$@"
