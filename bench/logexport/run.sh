#!/usr/bin/env bash
# Authentication-log export from every child of a generated MSP with a 30-day backlog, against Duo's
# log rate limit: (a) the limit, (b) duoctl's LogExporter, (c) a duo_log_sync-style exporter
# (see LogExportBench.java, README.md).
# Usage: bench/logexport/run.sh [integration|account] [window_minutes] [orgs] [auth_per_day]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
# test-compile, not compile: duoctl-app's test-scoped duoctl-core test jar must resolve in the reactor.
./mvnw -B -q -o -Dfast -pl duoctl-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/logexport-bench.cp" -Dmdep.includeScope=runtime
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
cp="duoctl-app/target/classes:$(cat target/logexport-bench.cp)"
out="target/logexport-bench-${1:-account}"
rm -rf "$out" && mkdir -p "$out"
"$(dirname "$JAVA")/javac" -d "$out" -cp "$cp" bench/shared/*.java bench/logexport/LogExportBench.java
exec "$JAVA" -Xmx4g ${LOGEXPORT_JAVA_OPTS:-} -cp "$out:$cp" LogExportBench "$@"
