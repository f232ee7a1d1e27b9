#!/usr/bin/env bash
# Runs the platform with demo data (http://localhost:8080, demo accounts printed at start-up).
# Usage: ./run.sh [extra Maven args], e.g. ./run.sh -Dspring-boot.run.arguments=--server.port=9090
# Builds the front end (npm) in the Maven build; data is kept in ./data (H2 file database).
set -euo pipefail
cd "$(dirname "$0")"

# The project needs Java 25 (Temurin); the machine's default java may be older.
for JAVA_HOME in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
  [ -x "$JAVA_HOME/bin/java" ] && break
done
[ -x "$JAVA_HOME/bin/java" ] || { echo "run.sh: Java 25 not found (install Temurin 25 under /usr/lib/jvm/temurin-25*)" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

exec ./mvnw -B spring-boot:run "$@"
