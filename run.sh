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
# The jar is built again only when a source, the build or the Maven arguments changed since it was
# built (issue 15 §1, ADR 0052): the SHA-256 of every file's name and content under pom.xml, .mvn,
# src/main, tools and web (without node_modules, dist and the web build's stamps) and of the arguments,
# kept in target/.run-inputs.sha256. Maven itself skips npm ci and the front-end build when web/ did
# not change (tools/web-build). ECOZONE_BUILD=1 ./run.sh builds anyway.
inputs=$( { printf '%s\0' "${maven[@]+"${maven[@]}"}"; find pom.xml .mvn src/main tools web \
  \( -name node_modules -o -path web/dist -o -path web/coverage \) -prune -o -type f ! -name '.*.sha256' -print0 \
  | LC_ALL=C sort -z | xargs -0 sha256sum; } | sha256sum | cut -d' ' -f1)
# the jar's identity is part of the stamp: a jar rebuilt by another script (e.g. a back-end-only build
# for a benchmark or CI stage) is not taken for the one this script built. Its size, modification time
# (nanoseconds) and inode, not its SHA-256: hashing the 130 MB jar was half of this script's own time on
# a second start (0.4-0.5 s of about 1 s, docs/performance.md "The second ./run.sh")
jar_hash() { stat -c '%s %.9Y %i' target/ecozone.jar 2>/dev/null; }
if [ "${ECOZONE_BUILD:-0}" = 1 ] || [ ! -f target/ecozone.jar ] \
  || [ "$(cat target/.run-inputs.sha256 2>/dev/null)" != "$inputs $(jar_hash)" ]; then
  rm -f target/.run-inputs.sha256
  ./mvnw -B -q -DskipTests package "${maven[@]+"${maven[@]}"}"
  echo "$inputs $(jar_hash)" > target/.run-inputs.sha256
else
  echo "run.sh: nothing changed since target/ecozone.jar was built: build skipped"
fi
exec tools/launch target/ecozone.jar "$@"
