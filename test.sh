#!/usr/bin/env bash
# Runs all tests: Java unit tests (surefire), front-end tests (Vitest, via npm in the Maven build)
# and integration tests *IT (failsafe, in-memory H2; *BrowserIT only with -Pbrowser).
# Usage: ./test.sh [extra Maven args], e.g. ./test.sh -Pit-only   (ITs only)
# Set TEST_LOG=file to keep the full output.
set -euo pipefail
cd "$(dirname "$0")"

# The project needs Java 25 (Temurin); the machine's default java may be older.
for JAVA_HOME in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25*; do
  [ -x "$JAVA_HOME/bin/java" ] && break
done
[ -x "$JAVA_HOME/bin/java" ] || { echo "test.sh: Java 25 not found (install Temurin 25 under /usr/lib/jvm/temurin-25*)" >&2; exit 1; }
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

# The opinion's PDF needs Debian's fonts-noto-cjk (ADR 0031): installed here when missing.
tools/ensure-fonts

log=${TEST_LOG:-$(mktemp)}
[ -n "${TEST_LOG:-}" ] || trap 'rm -f "$log"' EXIT
status=0
./mvnw -B verify "$@" 2>&1 | tee "$log" || status=$?

# Summary: the totals each test runner printed (per-class lines left out), colour codes stripped.
echo
echo "== Test summary ($([ $status = 0 ] && echo PASSED || echo "FAILED, exit $status"))"
sed 's/\x1b\[[0-9;]*m//g' "$log" | awk '
  /--- surefire:/ { runner = "surefire (unit)" }
  /--- failsafe:.*integration-test/ { runner = "failsafe (IT)  "; it = 1 }
  /--- exec:.*\(npm-test\)/ { runner = "vitest (web)   " }
  /Tests run:.*Failures:/ && !/ -- in / && !/Time elapsed/ { sub(/^\[[A-Z]+\] /, ""); print "  " runner "  " $0; n++; itdone = itdone || runner ~ /failsafe/ }
  runner ~ /failsafe/ && /Tests are skipped/ { print "  " runner "  skipped"; n++; itdone = 1 }
  runner ~ /vitest/ && /^ *(Test Files|Tests) / { sub(/^ +/, ""); print "  " runner "  " $0; n++ }
  END { if (it && !itdone) print "  failsafe (IT)    no test classes matched"; else if (!n) print "  (no test summary lines found)" }'
exit $status
