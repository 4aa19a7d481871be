#!/usr/bin/env bash
# Heap held by generated tenants' log history (see EmulatorLogHeap.java).
# Usage: bench/emulator/run-log-heap.sh [tenants] [users] [days] [authPerDay]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -pl duo-emulator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/emulator-bench.cp" -Dmdep.includeScope=test
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
exec "$JAVA" -Xmx2g -cp "duo-emulator/target/classes:$(cat target/emulator-bench.cp)" \
  bench/emulator/EmulatorLogHeap.java "$@"
