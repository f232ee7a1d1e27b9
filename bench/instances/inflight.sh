#!/usr/bin/env bash
# The in-flight limit against the connection pool (ADR 0064): one instance of the packaged jar on
# PostgreSQL with sessions in the database, started in turns with ECOZONE_MAX_IN_FLIGHT set to each of
# $LIMITS (the pool stays ECOZONE_DB_POOL_SIZE, default 10), and per turn wrk on the floor, the
# scorecard and the deadline list, so that the limits are compared in the same run, in alternation.
#
#   bench/instances/reads.sh with KEEP=1 first (it leaves a seeded database and the extracted jar), then
#   APP=/tmp/ecozone-instances-bench.XXXX/app bench/instances/inflight.sh
#   LIMITS="32 10" ROUNDS=2 DURATION=20s CONNECTIONS=100 PG_DB=ecozone_bench_instances bench/instances/inflight.sh
#
# Prints per turn and endpoint: req/s, p50, p99 (ms), wrk's timeouts (> 2 s), non-2xx answers.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. bench/lib.sh
bench_java
: "${APP:?APP=<the app folder that bench/instances/reads.sh extracted, kept with KEEP=1>}"
LIMITS=${LIMITS:-32 10}
ROUNDS=${ROUNDS:-2}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-100}
SESSIONS=${SESSIONS:-50}
PORT=${PORT:-18221}
PG_DB=${PG_DB:-ecozone_bench_instances}
PG_PASSWORD=${PG_PASSWORD:-ecozone-ci}
WORK=$(mktemp -d /tmp/ecozone-inflight.XXXXXX)
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2> /dev/null && wait "$PID" 2> /dev/null || true
  [ "${KEEP:-0}" = 1 ] && echo "kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"

start() { # start LIMIT
  (cd "$WORK" && exec env ECOZONE_DB_URL="jdbc:postgresql://localhost:5432/$PG_DB" ECOZONE_DB_USER=ecozone \
    ECOZONE_DB_PASSWORD="$PG_PASSWORD" ECOZONE_SESSION_STORE=jdbc ECOZONE_MAX_IN_FLIGHT="$1" \
    java -Xmx768m -jar "$APP/ecozone.jar" --server.port="$PORT" --spring.profiles.active=demo) > "$WORK/limit-$1.log" 2>&1 &
  PID=$!
  for ((i = 0; i < 600; i++)); do
    [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$BASE/actuator/health/readiness")" = 200 ] && return 0
    kill -0 "$PID" 2> /dev/null || { echo "instance stopped: $WORK/limit-$1.log" >&2; KEEP=1; exit 1; }
    sleep 1
  done
  echo "not ready" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2> /dev/null || true; PID=""; }
login() { # login USER
  local jar; jar=$(mktemp "$WORK/jar.XXXXXX")
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$BASE/api/auth/csrf"
  curl -fs -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)" \
    -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo@2026\"}" "$BASE/api/auth/login"
  echo "JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)"
  rm -f "$jar"
}
run() { # run PATH SESSIONS-FILE: "req/s p50 p99 timeouts non2xx"
  wrk -t2 -c"$CONNECTIONS" -d5s --timeout 2s -s "$ROOT/bench/instances/sessions.lua" "$BASE$1" -- "$2" > /dev/null 2>&1 || true
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 2s --latency -s "$ROOT/bench/instances/sessions.lua" "$BASE$1" -- "$2" 2>&1 |
    awk 'function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
      /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
      /Socket errors/ { gsub(",", ""); to = $10 } /Non-2xx/ { n = $5 }
      END { printf "%.0f %.1f %.1f %d %d\n", rps, p50, p99, to, n }'
}
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%F %H:%M UTC'); wrk -c$CONNECTIONS -d$DURATION"
echo "| round | max in flight | endpoint | req/s | p50 ms | p99 ms | timeouts | non-2xx | load |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for ((r = 1; r <= ROUNDS; r++)); do
  for limit in $LIMITS; do
    start "$limit"
    for ((i = 0; i < SESSIONS; i++)); do login gz.staff; done > "$WORK/gz"
    for ((i = 0; i < SESSIONS; i++)); do login im.staff; done > "$WORK/im"
    for e in "me /api/auth/me gz" "scorecard /api/evaluations?edition=GZ-2SZS-2021&region=520381&year=2025 gz" \
      "deadlines /api/deadlines?within=10&page=0&size=20 im"; do
      read -r name path who <<< "$e"
      echo "| $r | $limit | $name | $(run "$path" "$WORK/$who" | tr ' ' '|' | sed 's/|/ | /g') | $(cut -d' ' -f1 /proc/loadavg) |"
    done
    stop
  done
done
