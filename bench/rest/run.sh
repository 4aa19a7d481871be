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
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
main=RestBench
if [ "${1:-}" = costs ]; then
  main=PathCosts
  shift
fi
cp="duoctl-app/target/classes:$(cat target/rest-bench.cp)"
rm -rf target/rest-bench && mkdir -p target/rest-bench
"$(dirname "$JAVA")/javac" -d target/rest-bench -cp "$cp" bench/shared/*.java bench/rest/*.java
exec "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "target/rest-bench:$cp" "$main" "$@"
