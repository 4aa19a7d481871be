#!/usr/bin/env bash
# mfa_coverage over every organization of a generated MSP: its wall time against the floor of a
# bare concurrent fetch of the same pages and the critical-path limit, its figures checked against
# the fixture; then the heap of `duoctl serve` at -Xmx256m after REST runs over 50, 100, 200 (and
# 400) organizations (see ReportsBench.java, README.md).
# Usage: bench/reports/run.sh [orgs] [users] [latency_ms] [account|integration] [memory_orgs] [server_heap]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl duoctl-app -am package -Dfast -DskipTests
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
rm -rf target/reports-bench && mkdir -p target/reports-bench
"$(dirname "$JAVA")/javac" -d target/reports-bench -cp duoctl-app/target/duoctl.jar \
  bench/shared/*.java bench/reports/*.java
# REPORTS_JAVA_OPTS: extra JVM options, e.g. -XX:StartFlightRecording=filename=reports.jfr,settings=profile
exec "$JAVA" -Xmx4g ${REPORTS_JAVA_OPTS:-} -cp "target/reports-bench:duoctl-app/target/duoctl.jar" \
  ReportsBench "$@"
