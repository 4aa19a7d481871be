#!/usr/bin/env bash
# users.get on one organization over duoctl's REST server against a zero-latency emulator: duoctl's
# own time per request (response time minus the Duo calls' Server-Timing), see RestBench.java and
# README.md. With "costs" first: the CPU time of each step of the request path (PathCosts.java).
# Usage: bench/rest/run.sh [requests] [warm_up]   |   bench/rest/run.sh costs [times]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -o -pl duoctl-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/rest-bench.cp" -Dmdep.includeScope=runtime
min_java=22 # RestBench.java uses BenchMsp.java beside it (multi-file source launch)
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 22+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
main=bench/rest/RestBench.java
if [ "${1:-}" = costs ]; then
  main=bench/rest/PathCosts.java
  shift
fi
exec "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "duoctl-app/target/classes:$(cat target/rest-bench.cp)" "$main" "$@"
