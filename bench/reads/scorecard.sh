#!/usr/bin/env bash
# Read throughput benchmark (issue 10, reads): the scorecard and the ranking against the framework's
# floor, /api/auth/me, under wrk with 100 connections, in one run of the packaged jar with demo data.
#
#   bench/reads/scorecard.sh                     # H2 only
#   PG_URL=jdbc:postgresql://localhost:5432/ecozone_bench PG_USER=ecozone PG_PASSWORD=… \
#     bench/reads/scorecard.sh                   # H2, then PostgreSQL (the database gets the demo data)
#   DURATION=10s CONNECTIONS=50 KEEP=1 bench/reads/scorecard.sh
#   JAR=/tmp/before.jar bench/reads/scorecard.sh    # another build (e.g. the one before a change)
#   SKIP_H2=1 PG_URL=… bench/reads/scorecard.sh      # PostgreSQL only
#   APP_ARGS='--server.tomcat.max-keep-alive-requests=-1' bench/reads/scorecard.sh   # extra arguments
#   TARGETS="two=http://127.0.0.1:18120 one=http://127.0.0.1:18111" LOG=target/instances/logs/instance-1.log \
#     bench/reads/scorecard.sh   # servers already running with demo data (issue 15 §4: the two-instance
#                                # stage's nginx, then one instance), nothing started; LOG: one's log
#
# Per database it starts target/ecozone.jar (built if missing or older than the sources) with the demo
# profile, logs in as gz.staff (贵州省厅), and for each endpoint in turn warms it up for 5 s, waits until
# the server is idle, and runs wrk -t2 -c100 for $DURATION (30 s):
#   me        GET /api/auth/me                                                  (the baseline)
#   scorecard GET /api/evaluations?edition=GZ-2SZS-2021&region=520381&year=2025 (赤水市, 45 indicators)
#   ranking   GET /api/evaluations/ranking?edition=GZ-2SZS-2021&parent=520300&year=2025 (遵义市' 14 counties)
# and prints req/s, p50, p99, timeouts (wrk's default 2 s timeout; wrk leaves those out of its
# percentiles, so count them), non-2xx answers and socket errors, and the ratio to /api/auth/me of the
# same run. Requirements: Java 25, wrk (Debian's package), curl. The machine is usually shared: run it
# twice and compare ratios, not absolute figures.
set -euo pipefail
cd "$(dirname "$0")/../.."

. bench/lib.sh
bench_java
command -v wrk > /dev/null || { echo "scorecard.sh: wrk not found (apt-get install wrk)" >&2; exit 1; }

PORT=${PORT:-18093}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-100}
HEAP=${HEAP:-1g}
WORK=$(mktemp -d /tmp/ecozone-reads-bench.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2> /dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2> /dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

JAR=${JAR:-target/ecozone.jar}
if [ "$JAR" = target/ecozone.jar ]; then
  bench_fresh_jar
fi
BASE="http://127.0.0.1:$PORT"
ME="/api/auth/me"
SCORECARD="/api/evaluations?edition=GZ-2SZS-2021&region=520381&year=2025"
RANKING="/api/evaluations/ranking?edition=GZ-2SZS-2021&parent=520300&year=2025"

start_app() { # start_app NAME JDBC-URL USER PASSWORD
  echo "== $1: starting ecozone (-Xmx$HEAP) on port $PORT"
  if curl -s -o /dev/null -m 1 "$BASE/api/auth/csrf"; then
    echo "port $PORT is taken by another server" >&2; exit 1
  fi
  java -Xmx"$HEAP" -jar "$JAR" \
    --server.port="$PORT" --spring.profiles.active=demo \
    --spring.datasource.url="$2" --spring.datasource.username="$3" --spring.datasource.password="$4" \
    --ecozone.instance.work-dir="$WORK/$1/instance" --ecozone.files.dir="$WORK/$1/store" \
    --ecozone.audit.key-file="$WORK/$1/audit/keys" --ecozone.audit.checkpoint-dir="$WORK/$1/audit/checkpoints" \
    ${APP_ARGS:-} \
    > "$WORK/$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$BASE/api/auth/csrf" && return 0
    kill -0 "$APP_PID" 2> /dev/null || { echo "ecozone did not start; see $WORK/$1.log" >&2; KEEP=1; exit 1; }
    sleep 1
  done
  echo "ecozone did not answer in 600 s" >&2; KEEP=1; exit 1
}
stop_app() {
  kill "$APP_PID" && wait "$APP_PID" 2> /dev/null || true
  APP_PID=""
  for _ in $(seq 1 120); do # the next instance needs the port
    curl -s -o /dev/null -m 1 "$BASE/api/auth/csrf" || return 0
    sleep 1
  done
}

# login JAR USER: a cookie jar with a session of the demo user
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1; }
login() {
  for _ in $(seq 1 30); do # the first try has no CSRF cookie yet
    curl -fs -c "$1" -b "$1" -o /dev/null "$BASE/api/auth/csrf"
    curl -fs -c "$1" -b "$1" -o /dev/null -H "X-XSRF-TOKEN: $(xsrf "$1")" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$2\",\"password\":\"Demo@2026\"}" "$BASE/api/auth/login" && break
    sleep 1
  done
  grep -q JSESSIONID "$1" || { echo "could not log in as $2" >&2; KEEP=1; exit 1; }
}

# one wrk run; prints "req/s p50-ms p99-ms timeouts non2xx errors"
load() { # load COOKIE PATH SECONDS [OUTPUT]
  local out=${4:-$WORK/wrk.out}
  wrk -t2 -c"$CONNECTIONS" -d"$3" --latency -H "Cookie: $1" "$BASE$2" > "$out" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Socket errors/ { gsub(",", ""); err = $4 + $6 + $8; to = $10 }
    /Non-2xx/ { non2xx = $5 }
    END { printf "%.0f %.1f %.1f %d %d %d\n", rps, p50, p99, to, non2xx, err }' "$out"
}

# waits (at most 60 s) until the server is idle again: requests whose client gave up may still be
# running (or waiting for a connection), and would otherwise be counted against the next endpoint
drain() {
  for _ in $(seq 1 60); do
    t=$(curl -s -o /dev/null -m 5 -w '%{time_total}' -H "Cookie: $1" "$BASE$ME" || echo 5)
    awk -v t="$t" 'BEGIN { exit !(t < 0.2) }' && return 0
    sleep 1
  done
}

RESULTS="$WORK/results"
measure() { # measure NAME LOG: the three endpoints, warm-up first, against the running instance
  local jar="$WORK/$1.cookies"
  # the demo accounts and values come after the port opens; a login tried before them counts as failed
  # and the throttle would lock the account
  for _ in $(seq 1 600); do
    grep -q "demo indicator values" "$2" && grep -q "demo accounts" "$2" && break
    sleep 1
  done
  login "$jar" gz.staff
  local cookie
  cookie="JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)"
  for path in "$SCORECARD" "$RANKING"; do
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE$path")
    [ "$code" = 200 ] || { echo "$path answered $code" >&2; KEEP=1; exit 1; }
  done
  local name path
  for name in me scorecard ranking; do
    case $name in me) path=$ME ;; scorecard) path=$SCORECARD ;; ranking) path=$RANKING ;; esac
    load "$cookie" "$path" 5s > /dev/null # warm-up
    drain "$cookie"
    echo "$1 $name $(load "$cookie" "$path" "$DURATION" "$WORK/$1-$name.wrk")" >> "$RESULTS"
    drain "$cookie"
  done
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
for target in ${TARGETS:-}; do
  BASE=${target#*=}
  measure "${target%%=*}" "$LOG"
  SKIP_H2=1 PG_URL=
done
if [ "${SKIP_H2:-0}" != 1 ]; then
  start_app h2 "jdbc:h2:file:$WORK/h2/ecozone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" sa ""
  measure H2 "$WORK/h2.log"
  stop_app
fi
if [ -n "${PG_URL:-}" ]; then
  start_app pg "$PG_URL" "${PG_USER:-ecozone}" "${PG_PASSWORD:-}"
  measure PostgreSQL "$WORK/pg.log"
  stop_app
fi
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the run"
echo
echo "wrk -t2 -c$CONNECTIONS -d$DURATION; timeouts: requests not answered within 2 s (left out of p99)"
echo "| database | endpoint | req/s | p50 ms | p99 ms | timeouts | non-2xx | socket errors | ratio to /api/auth/me |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
awk '{ if ($2 == "me") base[$1] = $3; rows[NR] = $0 }
  END { for (i = 1; i <= NR; i++) { split(rows[i], f, " ");
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %.2f |\n", f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
      (base[f[1]] > 0 ? f[3] / base[f[1]] : 0) } }' "$RESULTS"
