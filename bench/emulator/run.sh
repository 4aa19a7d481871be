#!/usr/bin/env bash
# Measures signed requests per second served by the emulator (see EmulatorThroughput.java).
# Usage: bench/emulator/run.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p target
./mvnw -B -q -pl duo-emulator -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$PWD/target/emulator-bench.cp" -Dmdep.includeScope=test
. scripts/find-java.sh
JAVA="$(find_java)" || { echo "no Java 21+ found (JAVA_HOME, PATH, /usr/lib/jvm)" >&2; exit 3; }
exec "$JAVA" -cp "duo-emulator/target/classes:$(cat target/emulator-bench.cp)" \
  bench/emulator/EmulatorThroughput.java "$@"
