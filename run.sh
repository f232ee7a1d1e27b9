#!/usr/bin/env bash
# Runs the platform with demo data (http://localhost:8080, demo accounts printed at start-up).
# Usage: ./run.sh [extra Maven args] [-- application arguments], e.g. ./run.sh -- --server.port=9090
# Builds the jar (the front end with npm, no tests) and starts it through tools/launch, which makes a
# JDK AOT cache in a training run on the first start of each build and starts faster with it after
# that (issue 10, docs/adr/0020; ECOZONE_AOT=0 ./run.sh starts without it). Data is kept in ./data
# (H2 file database).
set -euo pipefail
cd "$(dirname "$0")"

# The project needs Java 25 (Temurin); the machine's default java may be older.
for JAVA_HOME in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
  [ -x "$JAVA_HOME/bin/java" ] && break
done
[ -x "$JAVA_HOME/bin/java" ] || { echo "run.sh: Java 25 not found (install Temurin 25 under /usr/lib/jvm/temurin-25*)" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

# The opinion's PDF needs Debian's fonts-noto-cjk (ADR 0031): installed here when missing.
tools/ensure-fonts

maven=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do maven+=("$1"); shift; done
[ $# -gt 0 ] && shift
./mvnw -B -q -DskipTests package "${maven[@]}"
exec tools/launch target/ecozone.jar "$@"
