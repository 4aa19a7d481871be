#!/usr/bin/env bash
# Heap held by an emulator seeded with tenants x users (see EmulatorHeap.java).
# Usage: bench/emulator/run-heap.sh [tenants] [users] [seed]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -pl duo-emulator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/emulator-bench.cp" -Dmdep.includeScope=test
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
exec "$JAVA" -Xmx2g -cp "duo-emulator/target/classes:$(cat target/emulator-bench.cp)" \
  bench/emulator/EmulatorHeap.java "$@"
