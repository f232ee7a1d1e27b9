#!/usr/bin/env bash
# Sessions in the database or in memory (issue 15 §2, ADR 0053): /api/auth/me under wrk, one instance on
# H2 with the demo data per store, both started at once (ports 18102 jdbc, 18103 memory), measured in
# turns (jdbc, memory, jdbc, memory) so that the machine's other load falls on both alike.
#   bench/sessions/me.sh                       # wrk -t2 -c32 for 15 s per turn
#   DURATION=30s CONNECTIONS=100 JAR=/tmp/x.jar bench/sessions/me.sh
# Prints per turn: store req/s p50-ms p99-ms timeouts non-2xx.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
bench_java
command -v wrk > /dev/null || { echo "me.sh: wrk not found (apt-get install wrk)" >&2; exit 1; }

DURATION=${DURATION:-15s}
CONNECTIONS=${CONNECTIONS:-32}
JAR=${JAR:-target/ecozone.jar}
[ "$JAR" != target/ecozone.jar ] || bench_fresh_jar
WORK=$(mktemp -d /tmp/ecozone-sessions-bench.XXXXXX)
declare -A PORT=([jdbc]=18102 [memory]=18103) PID=()
cleanup() {
  for store in "${!PID[@]}"; do kill "${PID[$store]}" 2> /dev/null && wait "${PID[$store]}" 2> /dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

for store in jdbc memory; do
  mkdir -p "$WORK/$store"
  ECOZONE_SESSION_STORE=$store ECOZONE_INSTANCE_ID=bench-$store ECOZONE_WORK_DIR="$WORK/$store/work" \
    ECOZONE_FILES_DIR="$WORK/$store/files" ECOZONE_AUDIT_KEY_FILE="$WORK/$store/keys" \
    ECOZONE_AUDIT_CHECKPOINT_DIR="$WORK/$store/checkpoints" \
    ECOZONE_DB_URL="jdbc:h2:file:$WORK/$store/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
    java -Xmx1g -jar "$JAR" --server.port="${PORT[$store]}" > "$WORK/$store.log" 2>&1 &
  PID[$store]=$!
done
declare -A COOKIE=()
for store in jdbc memory; do
  base="http://127.0.0.1:${PORT[$store]}"
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/actuator/health/readiness")" = 200 ] && break
    sleep 1
  done
  jar="$WORK/$store.cookies"
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$base/api/auth/csrf"
  curl -fs -c "$jar" -b "$jar" -o /dev/null -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)" \
    -H 'Content-Type: application/json' -d '{"username":"gz.staff","password":"Demo@2026"}' "$base/api/auth/login"
  COOKIE[$store]="JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)"
  wrk -t2 -c"$CONNECTIONS" -d5s -H "Cookie: ${COOKIE[$store]}" "$base/api/auth/me" > /dev/null # warm-up
done
echo "store req/s p50-ms p99-ms timeouts non-2xx (wrk -t2 -c$CONNECTIONS -d$DURATION, /api/auth/me, load $(cut -d' ' -f1 /proc/loadavg))"
for store in jdbc memory jdbc memory; do
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: ${COOKIE[$store]}" \
    "http://127.0.0.1:${PORT[$store]}/api/auth/me" > "$WORK/wrk.out" 2>&1 || true
  awk -v store="$store" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Socket errors/ { gsub(",", ""); to = $10 } /Non-2xx/ { non2xx = $5 }
    END { printf "%s %.0f %.1f %.1f %d %d\n", store, rps, p50, p99, to, non2xx }' "$WORK/wrk.out"
done
