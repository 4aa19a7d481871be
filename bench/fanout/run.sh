#!/usr/bin/env bash
# users.list fanned out over every organization of a generated MSP, against its critical-path limit,
# the floor of a bare concurrent fetch and one request at a time (see FanOutBench.java, README.md).
# Usage: bench/fanout/run.sh [orgs] [users] [latency_ms] [sequential_orgs] [integration|account]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
# test-compile, not compile: duoctl-app's test-scoped duoctl-core test jar must resolve in the reactor.
./mvnw -B -q -pl duoctl-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/fanout-bench.cp" -Dmdep.includeScope=runtime
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
cp="duoctl-app/target/classes:$(cat target/fanout-bench.cp)"
rm -rf target/fanout-bench && mkdir -p target/fanout-bench
"$(dirname "$JAVA")/javac" -d target/fanout-bench -cp "$cp" bench/shared/*.java bench/fanout/FanOutBench.java
# FANOUT_JAVA_OPTS: extra JVM options, e.g. -XX:StartFlightRecording=filename=fanout.jfr,settings=profile
exec "$JAVA" -Xmx4g ${FANOUT_JAVA_OPTS:-} -cp "target/fanout-bench:$cp" FanOutBench "$@"
