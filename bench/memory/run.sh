#!/usr/bin/env bash
# Heap of `duoctl serve` at -Xmx256m while users.list jobs over 50, 100, 200 and 400 organizations
# of 1,000 users stream their rows as NDJSON (see MemoryBench.java, README.md). The server and the
# emulator run as processes of their own from the built jar.
# Usage: bench/memory/run.sh [max_orgs] [users] [latency_ms] [server_heap]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -pl duoctl-app -am package -Dfast -DskipTests
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
rm -rf target/memory-bench && mkdir -p target/memory-bench
"$(dirname "$JAVA")/javac" -d target/memory-bench -cp duoctl-app/target/duoctl.jar \
  bench/shared/*.java bench/memory/MemoryBench.java
exec "$JAVA" -cp "target/memory-bench:duoctl-app/target/duoctl.jar" MemoryBench "$@"
