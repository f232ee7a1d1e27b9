#!/usr/bin/env bash
# List benchmark (issue 10, "plan list" and "deadline list" rows): the plan list and the deadline list
# with 1,000 more plans and 1,000 more open deadlines, beside GET /api/auth/me in the same run.
#
#   bench/reads/lists.sh                       # H2 (a file database in a temporary directory)
#   ECOZONE_DB_URL=jdbc:postgresql://localhost:5432/DB ECOZONE_DB_USER=… ECOZONE_DB_PASSWORD=… \
#     bench/reads/lists.sh                     # PostgreSQL: give it an empty database
#   DURATION=30s CONNECTIONS=100 N=1000 JAR=path/to/ecozone.jar bench/reads/lists.sh
#   APP_ARGS='--server.tomcat.max-keep-alive-requests=-1' bench/reads/lists.sh   # extra arguments
#
# What it does (figures go to docs/performance.md):
#  1. starts the packaged jar (built if missing or older than the sources) with the demo profile, so that
#     Flyway and the demo data fill the database, and stops it;
#  2. seeds N copies of a demo plan waiting at a step (plan, run, open tasks) and N open deadlines
#     with JDBC batches (bench/reads/Seed.java, the JDBC driver of the jar);
#  3. starts it again and logs in as im.staff (province staff: every plan and deadline in scope);
#  4. for each of GET /api/auth/me, /api/plans and /api/deadlines (first page, as the front end asks):
#     a 5 s warm-up, then wrk with $CONNECTIONS connections for $DURATION (2 threads, 2 s timeout);
#  5. prints per endpoint: bytes of one answer, req/s, p50, p99, wrk's timeouts (left out of its
#     latencies) and other errors, and the ratio of req/s to /api/auth/me's in the same run;
#  6. stops ecozone and times the lists' statements in the database alone against the session check
#     of /api/auth/me (bench/reads/ListStatements.java: CPU µs per execution, one thread), the floor
#     the database sets; STATEMENTS=0 leaves this out.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

. bench/lib.sh
bench_java
command -v wrk > /dev/null || { echo "lists.sh: wrk not found (apt-get install wrk)" >&2; exit 1; }

PORT=${PORT:-18193}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-100}
N=${N:-1000}
JAR=${JAR:-target/ecozone.jar}
WORK=$(mktemp -d /tmp/ecozone-lists-bench.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ "$JAR" = target/ecozone.jar ]; then
  bench_fresh_jar
fi
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null

if [ -n "${ECOZONE_DB_URL:-}" ]; then
  DB_URL=$ECOZONE_DB_URL DB_USER=${ECOZONE_DB_USER:-ecozone} DB_PASSWORD=${ECOZONE_DB_PASSWORD:-}
  DATABASE=PostgreSQL
else
  DB_URL="jdbc:h2:file:$WORK/db/ecozone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  DB_USER=sa DB_PASSWORD=""
  DATABASE=H2
fi
BASE="http://127.0.0.1:$PORT"

start() {
  ECOZONE_DB_URL="$DB_URL" ECOZONE_DB_USER="$DB_USER" ECOZONE_DB_PASSWORD="$DB_PASSWORD" \
    java -Xmx1g -jar "$WORK/app/$(basename "$JAR")" \
    --server.port="$PORT" --spring.profiles.active=demo \
    --ecozone.instance.work-dir="$WORK/instance" --ecozone.files.dir="$WORK/store" ${APP_ARGS:-} \
    >> "$WORK/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "$BASE/api/auth/csrf" && return
    kill -0 "$APP_PID" 2>/dev/null || { echo "ecozone did not start; see $WORK/app.log" >&2; KEEP=1; exit 1; }
    sleep 1
  done
  echo "ecozone did not answer in 300 s" >&2; KEEP=1; exit 1
}
stop() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; : > "$WORK/app.log.1"; mv "$WORK/app.log" "$WORK/app.log.1"; }

xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1; }
login() { # login JAR USER: a cookie jar with a session of the demo user
  # the demo accounts come in after the port opens; failed logins would lock this address out, so wait
  # for the account table the demo profile prints, then log in once (a few tries, 5 s apart)
  [ "${3:-}" = wait ] && for _ in $(seq 1 300); do grep -q "$2" "$WORK/app.log" && break; sleep 1; done
  local status=""
  for _ in 1 2 3; do
    curl -fs -c "$1" -b "$1" -o /dev/null "$BASE/api/auth/csrf"
    status=$(curl -s -c "$1" -b "$1" -o /dev/null -w '%{http_code}' -H "X-XSRF-TOKEN: $(xsrf "$1")" \
      -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"Demo@2026\"}" "$BASE/api/auth/login")
    [ "$status" = 200 ] && return
    sleep 5
  done
  echo "could not log in as $2 (HTTP $status); see $WORK/app.log" >&2; KEEP=1; exit 1
}

echo "== $DATABASE: first start (migrations, demo data)"
start
login "$WORK/jar" im.staff wait
for _ in $(seq 1 240); do # the demo plans come in after the port opens
  [ "$(curl -fs -b "$WORK/jar" "$BASE/api/deadlines?within=250" | grep -o '"id"' | wc -l)" -gt 0 ] && break
  sleep 1
done
stop
echo "== seeding $N plans and $N deadlines"
java -cp "$WORK/app/lib/*" "$ROOT/bench/reads/Seed.java" "$DB_URL" "$DB_USER" "$DB_PASSWORD" "$N"
echo "== second start"
start
login "$WORK/jar" im.staff
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$WORK/jar" | tail -1)

run() { # run NAME PATH: one line of the table
  local name=$1 path=$2 out bytes
  bytes=$(curl -fs -b "$WORK/jar" "$BASE$path" | wc -c)
  wrk -t2 -c"$CONNECTIONS" -d5s --timeout 2s -H "Cookie: JSESSIONID=$SESSION" "$BASE$path" > /dev/null
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 2s --latency -H "Cookie: JSESSIONID=$SESSION" "$BASE$path")
  echo "$out" > "$WORK/wrk-$name.txt"
  local rps p50 p99 timeouts errors non2xx
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<< "$out")
  p50=$(awk '$1 == "50%" { print $2 }' <<< "$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<< "$out")
  timeouts=$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' <<< "$out"); timeouts=${timeouts:-0}
  errors=$(sed -n 's/.*Socket errors: connect \([0-9]*\), read \([0-9]*\), write \([0-9]*\).*/\1+\2+\3/p' <<< "$out")
  errors=$(( ${errors:-0} ))
  non2xx=$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' <<< "$out"); non2xx=${non2xx:-0}
  echo "$name $bytes $rps $p50 $p99 $timeouts $((errors + non2xx))" >> "$WORK/results"
}
: > "$WORK/results"
echo "== wrk: $CONNECTIONS connections, $DURATION each, after a 5 s warm-up"
run auth-me /api/auth/me
run plans "/api/plans?page=0&size=20"
run deadlines "/api/deadlines?within=10&page=0&size=20"

LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
echo
echo "$DATABASE, $N extra plans and deadlines, $(nproc) cores, load average at the end $LOAD"
awk 'NR == 1 { base = $3 }
  { printf "%-10s %8s B %10s req/s  p50 %9s  p99 %9s  timeouts %5s  errors %5s  ratio %.2f\n", $1, $2, $3, $4, $5, $6, $7, $3 / base }' \
  "$WORK/results"

if [ "${STATEMENTS:-1}" = 1 ]; then
  stop
  echo
  echo "the lists' statements in the database alone (one thread, CPU per execution):"
  java -cp "$WORK/app/lib/*" "$ROOT/bench/reads/ListStatements.java" "$DB_URL" "$DB_USER" "$DB_PASSWORD" 2
fi
