#!/usr/bin/env bash
# users.get on one organization over duoctl's REST server against a zero-latency emulator: duoctl's
# own time per request (response time minus the Duo calls' Server-Timing), see RestBench.java, README.md.
# Usage: bench/rest/run.sh [requests] [warm_up]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -o -pl duoctl-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/rest-bench.cp" -Dmdep.includeScope=runtime
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
exec "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -cp "duoctl-app/target/classes:$(cat target/rest-bench.cp)" bench/rest/RestBench.java "$@"
