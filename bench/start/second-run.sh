#!/usr/bin/env bash
# The second ./run.sh (issue 15 §1): time to ready of ./run.sh with nothing changed since the last one
# (no npm, no Maven: it must say "build skipped"), beside the same start without the JDK AOT cache
# (ECOZONE_AOT=0 ./run.sh) and a bare `java -jar target/ecozone.jar` of the same jar, same profile
# (the default, demo), same ./data, in turns, so that the machine's load falls on all alike.
#
#   ./run.sh                              # once before: builds, trains the AOT cache, loads the demo data
#   bench/start/second-run.sh             # ROUNDS=2 turns of the three starts on PORT=18210
#   ROUNDS=3 PORT=18211 bench/start/second-run.sh
#   MODES=run.sh ROUNDS=1 KEEP=1 bench/start/second-run.sh   # one kind of start; keep its stamped log
#
# Per start it prints the seconds from the command to: the end of run.sh's own checks ("build
# skipped"), the JVM's first log line ("Starting EcozoneApplication"), the context's start ("Started
# EcozoneApplication"), readiness UP (/actuator/health/readiness answers 200: migrations and demo data
# done), and the load average; then each start is stopped with SIGTERM. Needs curl and perl (Debian's
# base), the repository's ./run.sh having run once with the same sources.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT=${PORT:-18210}
ROUNDS=${ROUNDS:-2}
MODES=${MODES:-run.sh run.sh-no-aot java-jar}
LIMIT=${LIMIT:-300}
. bench/lib.sh
bench_java
WORK=$(mktemp -d /tmp/ecozone-second-run.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2> /dev/null && wait "$APP_PID" 2> /dev/null || true; fi
  if [ "${KEEP:-0}" = 1 ]; then echo "logs kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
if (exec 3<> "/dev/tcp/127.0.0.1/$PORT") 2> /dev/null; then
  echo "second-run.sh: port $PORT is taken" >&2
  exit 1
fi

# start MODE LOG: the start, each output line stamped with the epoch seconds it was written
start() {
  case $1 in
    run.sh) exec ./run.sh -- --server.port="$PORT" ;;
    run.sh-no-aot) ECOZONE_AOT=0 exec ./run.sh -- --server.port="$PORT" ;;
    java-jar) exec java -jar target/ecozone.jar --server.port="$PORT" ;;
  esac
}
first() { # first LOG PATTERN: the stamp of the first line matching, minus t0
  awk -v t0="$T0" -v re="$2" '$0 ~ re { printf "%.1f", $1 - t0; found = 1; exit } END { if (!found) printf "–" }' "$1"
}
: > "$WORK/results"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start ($(date -u '+%F %H:%M UTC'))"
for ((round = 1; round <= ROUNDS; round++)); do
  for mode in $MODES; do
    log="$WORK/$mode-$round.log"
    T0=$(date +%s.%N)
    start "$mode" > >(perl -MTime::HiRes=time -ne 'BEGIN { $| = 1 } printf "%.3f %s", time, $_' > "$log") 2>&1 &
    APP_PID=$!
    ready=""
    while true; do
      if [ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$PORT/actuator/health/readiness")" = 200 ]; then
        ready=$(awk -v t0="$T0" -v t="$(date +%s.%N)" 'BEGIN { printf "%.1f", t - t0 }')
        break
      fi
      kill -0 "$APP_PID" 2> /dev/null || { echo "$mode stopped before it was ready; see $log" >&2; KEEP=1; exit 1; }
      awk -v t0="$T0" -v t="$(date +%s.%N)" -v limit="$LIMIT" 'BEGIN { exit !(t - t0 > limit) }' \
        && { echo "$mode not ready after $LIMIT s; see $log" >&2; KEEP=1; exit 1; }
      sleep 0.2
    done
    load=$(cut -d' ' -f1 /proc/loadavg)
    kill "$APP_PID" && wait "$APP_PID" 2> /dev/null || true
    APP_PID=""
    sleep 1
    if [ "${mode%%-*}" = run.sh ] && ! grep -q "build skipped" "$log"; then
      echo "$mode built something (not a second run with nothing changed); see $log" >&2
      KEEP=1
      exit 1
    fi
    started=$(sed -n 's/.*Started EcozoneApplication in \([0-9.]*\) seconds.*/\1/p' "$log" | head -1)
    printf '%s %s %s %s %s %s %s %s\n' "$mode" "$round" "$(first "$log" 'build skipped')" \
      "$(first "$log" 'Starting EcozoneApplication')" "$(first "$log" 'Started EcozoneApplication')" "$ready" \
      "${started:-–}" "$load" | tee -a "$WORK/results"
  done
done
echo
echo "seconds from the command; \"context\": Spring's own \"Started EcozoneApplication in\" figure"
echo "| start | round | run.sh's checks done | JVM's first line | context started | ready | context | load |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
awk '{ printf "| %s | %s | %s | %s | %s | **%s** | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }' "$WORK/results"
