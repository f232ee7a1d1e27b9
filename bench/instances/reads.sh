#!/usr/bin/env bash
# Load across instances (issue 15 §4): issue 10's read-endpoint benchmark against one instance of the
# packaged jar on PostgreSQL with sessions in the database, directly and through nginx, and against two
# instances behind nginx (round-robin), all in one run, so that the ratios compare like with like.
#
#   bench/instances/reads.sh                         # database ecozone_bench_instances (recreated)
#   PG_DB=ecozone_mine DURATION=30s CONNECTIONS=100 SESSIONS=50 bench/instances/reads.sh
#   JAR=/tmp/other.jar KEEP=1 bench/instances/reads.sh   # another build; KEEP=1 keeps logs and wrk outputs
#   PORTS="18201 18202 18230" bench/instances/reads.sh   # instance 1, instance 2, nginx (the defaults)
#
# What it does:
#  1. recreates the PostgreSQL database $PG_DB on the local cluster (as the postgres user: root or sudo;
#     the cluster is never restarted) and starts instance 1 (ECOZONE_SESSION_STORE=jdbc, demo profile,
#     -Xmx$HEAP), which migrates it and loads the demo data; seeds $N more plans and open deadlines
#     (bench/reads/Seed.java, as bench/reads/lists.sh) and starts instance 2 on the same database;
#  2. logs in $SESSIONS sessions each as gz.staff (贵州省厅: scorecard, ranking) and im.staff (内蒙古厅:
#     the lists) on instance 1; wrk rotates over them (bench/instances/sessions.lua), as many users would;
#  3. per setup — "one": instance 1 directly; "one-nginx": nginx with instance 1 alone (the proxy's own
#     cost); "two-nginx": nginx round-robin over both — and per endpoint
#       me        GET /api/auth/me (the floor)
#       scorecard GET /api/evaluations?edition=GZ-2SZS-2021&region=520381&year=2025 (赤水市)
#       ranking   GET /api/evaluations/ranking?edition=GZ-2SZS-2021&parent=520300&year=2025 (遵义市)
#       plans     GET /api/plans?page=0&size=20 (内蒙古, $N extra plans)
#       deadlines GET /api/deadlines?within=10&page=0&size=20 ($N extra open deadlines)
#     (after a first warm-up of every endpoint on each instance, $WARMUP = 10s each) a 5 s warm-up, a
#     wait until the servers are idle, then wrk -t2 -c$CONNECTIONS -d$DURATION
#     --timeout 2s --latency;
#  4. meanwhile, once a second, asks /api/auth/me with one session of each user on instance 1, on
#     instance 2 and through nginx (whichever are up), and after the last run once more on each: every
#     answer must be 200 (a 401 is a lost session);
#  5. prints per setup and endpoint req/s, p50, p99, wrk's timeouts (requests not answered within 2 s,
#     left out of its percentiles), non-2xx answers, socket errors, the ratio to /api/auth/me of the same
#     setup, the ratios between the setups, how nginx spread the requests (its access log), the probes'
#     answers, and the load average before, between and after. Exits 1 if any request failed (non-2xx,
#     socket error, timeout) or any probe was not 200.
# Requirements: Java 25, wrk, nginx (only its binary: own config under the work directory), curl,
# PostgreSQL with the role ecozone (password $PG_PASSWORD). The machine is shared: trust the ratios
# of one run, not the absolute figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

. bench/lib.sh
bench_java
for tool in wrk nginx curl; do
  command -v "$tool" > /dev/null || { echo "reads.sh: $tool not found (Debian package $tool)" >&2; exit 1; }
done

read -r PORT_1 PORT_2 NGINX_PORT <<< "${PORTS:-18201 18202 18230}"
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-100}
SESSIONS=${SESSIONS:-50}
HEAP=${HEAP:-768m}
N=${N:-1000}
PG_DB=${PG_DB:-ecozone_bench_instances}
PG_PASSWORD=${PG_PASSWORD:-ecozone-ci}
JAR=${JAR:-target/ecozone.jar}

# a port that answers a connection is taken (another run left with KEEP=1, or someone else's server)
for port in "$PORT_1" "$PORT_2" "$NGINX_PORT"; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "reads.sh: port $port is taken; stop what listens there or choose PORTS=\"…\"" >&2
    exit 1
  fi
done

WORK=$(mktemp -d /tmp/ecozone-instances-bench.XXXXXX)
chmod 711 "$WORK" # nginx's workers (not root) reach their temporary folders under $WORK/nginx

declare -A PID=()
PROBE_PID=""
cleanup() {
  [ -n "$PROBE_PID" ] && kill "$PROBE_PID" 2> /dev/null || true
  [ -f "$WORK/nginx/nginx.pid" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit 2> /dev/null || true
  for n in "${!PID[@]}"; do kill "${PID[$n]}" 2> /dev/null || true; done
  for n in "${!PID[@]}"; do wait "${PID[$n]}" 2> /dev/null || true; done
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
fail() { echo "reads.sh: $*" >&2; KEEP=1; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

if [ "$JAR" = target/ecozone.jar ]; then
  bench_fresh_jar
fi
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
APP_JAR="$WORK/app/$(basename "$JAR")"

# 1. the database, recreated (never the cluster)
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
pg_port=$(pg_lsclusters -h | awk '$4 == "online" { print $3; exit }')
[ -n "$pg_port" ] || fail "no PostgreSQL cluster online (pg_lsclusters)"
as_root runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt -p "$pg_port" <<SQL
set client_min_messages = warning;
drop database if exists $PG_DB with (force);
create database $PG_DB owner ecozone encoding 'UTF8' locale 'C.UTF-8' template template0;
SQL
DB_URL="jdbc:postgresql://localhost:$pg_port/$PG_DB"

# the instances share the database, the file store and the audit keys (the working directory $WORK, where
# ./data lies); each has its own work folder and id
start_instance() { # start_instance N PORT
  mkdir -p "$WORK/instance-$1"
  (cd "$WORK" && exec env ECOZONE_DB_URL="$DB_URL" ECOZONE_DB_USER=ecozone ECOZONE_DB_PASSWORD="$PG_PASSWORD" \
    ECOZONE_SESSION_STORE=jdbc ECOZONE_INSTANCE_ID="bench-$1" ECOZONE_WORK_DIR="$WORK/instance-$1" \
    java -Xmx"$HEAP" -jar "$APP_JAR" --server.port="$2" --spring.profiles.active=demo) \
    > "$WORK/instance-$1.log" 2>&1 &
  PID[$1]=$!
  local i
  for ((i = 0; i < 900; i++)); do
    [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "http://127.0.0.1:$2/actuator/health/readiness")" = 200 ] && {
      echo "== instance $1 ready on $2 after ${i}s (load $(loadavg))"
      return 0
    }
    kill -0 "${PID[$1]}" 2> /dev/null || fail "instance $1 stopped; see $WORK/instance-$1.log"
    sleep 1
  done
  fail "instance $1 not ready after 900 s; see $WORK/instance-$1.log"
}

echo "machine: $(nproc) cores, load average $(loadavg) at the start ($(date -u '+%F %H:%M UTC'))"
echo "== instance 1 (migrations and demo data on $PG_DB)"
start_instance 1 "$PORT_1"
echo "== seeding $N plans and $N open deadlines"
java -cp "$WORK/app/lib/*" "$ROOT/bench/reads/Seed.java" "$DB_URL" ecozone "$PG_PASSWORD" "$N"
echo "== instance 2"
start_instance 2 "$PORT_2"

# 2. sessions, all made on instance 1 (so each is read from the database by instance 2)
I1="http://127.0.0.1:$PORT_1" I2="http://127.0.0.1:$PORT_2" NX="http://127.0.0.1:$NGINX_PORT"
login() { # login USER: prints "JSESSIONID=…"
  local jar status
  jar=$(mktemp "$WORK/jar.XXXXXX")
  curl -fs -c "$jar" -b "$jar" -o /dev/null "$I1/api/auth/csrf"
  status=$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' \
    -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)" \
    -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo@2026\"}" "$I1/api/auth/login")
  [ "$status" = 200 ] || fail "login as $1 answered $status"
  echo "JSESSIONID=$(awk '$6 == "JSESSIONID" { print $7 }' "$jar" | tail -1)"
}
for user in gz.staff im.staff; do
  for ((i = 0; i < SESSIONS; i++)); do login "$user"; done > "$WORK/$user.sessions"
done
GZ=$(head -1 "$WORK/gz.staff.sessions") IM=$(head -1 "$WORK/im.staff.sessions")
echo "== $SESSIONS sessions each for gz.staff and im.staff"

# 4. the probes: /api/auth/me once a second with one session of each user on every target that is up
set_phase() { echo "$1" > "$WORK/phase.new" && mv "$WORK/phase.new" "$WORK/phase"; }
set_phase one
echo "i1=$I1 i2=$I2" > "$WORK/targets"
probe() { # probe PHASE: one round, a line "PHASE TARGET USER CODE" per answer
  local target user cookie
  for target in $(cat "$WORK/targets"); do
    for user in gz im; do
      if [ $user = gz ]; then cookie=$GZ; else cookie=$IM; fi
      echo "$1 ${target%%=*} $user $(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "Cookie: $cookie" "${target#*=}/api/auth/me")"
    done
  done
}
(
  while [ ! -f "$WORK/probe.stop" ]; do
    probe "$(cat "$WORK/phase")" >> "$WORK/probes"
    sleep 1
  done
) &
PROBE_PID=$!

# nginx: its own prefix, config, pid and logs under $WORK/nginx; one config per setup
mkdir -p "$WORK/nginx/logs" && chmod 755 "$WORK/nginx"
nginx_conf() { # nginx_conf PORT…: the upstream servers
  local servers="" port
  for port in "$@"; do servers+="    server 127.0.0.1:$port;"$'\n'; done
  cat > "$WORK/nginx/nginx.conf" << NGINX
daemon on;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log;
worker_processes ${NGINX_WORKERS:-1};
events { worker_connections 1024; }
http {
  log_format upstream '\$upstream_addr \$status';
  access_log $WORK/nginx/logs/access.log upstream;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream ecozone {
$servers    keepalive 64;
  }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location / {
      proxy_pass http://ecozone;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
    }
  }
}
NGINX
}
nginx_start() { # nginx_start PORT…
  [ -f "$WORK/nginx/nginx.pid" ] && nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s quit
  for _ in $(seq 1 50); do [ -f "$WORK/nginx/nginx.pid" ] || break; sleep 0.1; done
  nginx_conf "$@"
  : > "$WORK/nginx/logs/access.log"
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
  for _ in $(seq 1 50); do curl -fs -o /dev/null "$NX/actuator/health/readiness" && return 0; sleep 0.1; done
  fail "nginx does not answer on $NGINX_PORT; see $WORK/nginx/logs/error.log"
}

ME="/api/auth/me"
SCORECARD="/api/evaluations?edition=GZ-2SZS-2021&region=520381&year=2025"
RANKING="/api/evaluations/ranking?edition=GZ-2SZS-2021&parent=520300&year=2025"
PLANS="/api/plans?page=0&size=20"
DEADLINES="/api/deadlines?within=10&page=0&size=20"
for path in "$SCORECARD" "$RANKING"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $GZ" "$I1$path")
  [ "$code" = 200 ] || fail "$path answered $code"
done
for path in "$PLANS" "$DEADLINES"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $IM" "$I1$path")
  [ "$code" = 200 ] || fail "$path answered $code"
done

# one wrk run; appends "SETUP ENDPOINT req/s p50-ms p99-ms timeouts non2xx errors" to the results
wrk_run() { # wrk_run SECONDS BASE PATH SESSIONS-FILE [OUTPUT]
  wrk -t2 -c"$CONNECTIONS" -d"$1" --timeout 2s --latency -s "$ROOT/bench/instances/sessions.lua" \
    "$2$3" -- "$4" > "${5:-/dev/null}" 2>&1 || true
}
parse() { # parse WRK-OUTPUT: "req/s p50-ms p99-ms timeouts non2xx errors"
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    /Socket errors/ { gsub(",", ""); err = $4 + $6 + $8; to = $10 }
    /Non-2xx/ { non2xx = $5 }
    END { printf "%.0f %.1f %.1f %d %d %d\n", rps, p50, p99, to, non2xx, err }' "$1"
}
# waits (at most 60 s) until the target answers /api/auth/me within 0.2 s again: requests whose client
# gave up may still run and would be counted against the next endpoint
drain() {
  local t
  for _ in $(seq 1 60); do
    t=$(curl -s -o /dev/null -m 5 -w '%{time_total}' -H "Cookie: $GZ" "$1$ME" || echo 5)
    awk -v t="$t" 'BEGIN { exit !(t < 0.2) }' && return 0
    sleep 1
  done
}
ENDPOINTS="me scorecard ranking plans deadlines"
endpoint() { # endpoint NAME: sets path and sessions
  case $1 in
    me) path=$ME sessions=gz.staff ;;
    scorecard) path=$SCORECARD sessions=gz.staff ;;
    ranking) path=$RANKING sessions=gz.staff ;;
    plans) path=$PLANS sessions=im.staff ;;
    deadlines) path=$DEADLINES sessions=im.staff ;;
  esac
}
measure() { # measure SETUP BASE
  set_phase "$1"
  echo "== $1: $(loadavg)"
  local name path sessions
  for name in $ENDPOINTS; do
    endpoint "$name"
    wrk_run 5s "$2" "$path" "$WORK/$sessions.sessions" # warm-up
    drain "$2"
    wrk_run "$DURATION" "$2" "$path" "$WORK/$sessions.sessions" "$WORK/$1-$name.wrk"
    echo "$1 $name $(parse "$WORK/$1-$name.wrk")" | tee -a "$WORK/results"
    drain "$2"
  done
  if [ "$1" != one ]; then
    awk '{ n[$1 " " $2]++ } END { for (k in n) print k, n[k] }' "$WORK/nginx/logs/access.log" | sort \
      | sed "s/^/$1 nginx: upstream status count: /" >> "$WORK/spread"
  fi
}

# both instances compiled alike before the first figure: each endpoint for $WARMUP on each, directly
set_phase warm-up
echo "== warm-up: each endpoint for ${WARMUP:=10s} on each instance ($(loadavg))"
for name in $ENDPOINTS; do
  endpoint "$name"
  for base in "$I1" "$I2"; do wrk_run "$WARMUP" "$base" "$path" "$WORK/$sessions.sessions"; done
done
drain "$I1"
drain "$I2"

: > "$WORK/results"
measure one "$I1"
echo "i1=$I1 i2=$I2 nginx=$NX" > "$WORK/targets"
nginx_start "$PORT_1"
measure one-nginx "$NX"
nginx_start "$PORT_1" "$PORT_2"
measure two-nginx "$NX"

# after the run: every session still answers on both instances and through nginx
set_phase after
sleep 3
touch "$WORK/probe.stop"
wait "$PROBE_PID" 2> /dev/null || true
PROBE_PID=""
for user in gz.staff im.staff; do
  while read -r cookie; do
    for target in i1="$I1" i2="$I2" nginx="$NX"; do
      echo "after-all ${target%%=*} ${user%%.*} $(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "Cookie: $cookie" "${target#*=}$ME")"
    done
  done < "$WORK/$user.sessions"
done >> "$WORK/probes"
LOAD_END=$(loadavg)

echo
echo "## Results ($(date -u '+%F %H:%M UTC'), $(nproc) cores, load average at the end $LOAD_END)"
echo
echo "wrk -t2 -c$CONNECTIONS -d$DURATION --timeout 2s over $SESSIONS sessions per user; PostgreSQL, sessions in the database;"
echo "timeouts: requests not answered within 2 s (left out of wrk's percentiles)"
echo
echo "| setup | endpoint | req/s | p50 ms | p99 ms | timeouts | non-2xx | socket errors | ratio to /api/auth/me |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
awk '{ if ($2 == "me") base[$1] = $3; rows[NR] = $0 }
  END { for (i = 1; i <= NR; i++) { split(rows[i], f, " ");
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %.2f |\n", f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8],
      (base[f[1]] > 0 ? f[3] / base[f[1]] : 0) } }' "$WORK/results"
echo
echo "| endpoint | one-nginx ÷ one (the proxy) | two-nginx ÷ one-nginx (the second instance) | two-nginx ÷ one |"
echo "| --- | --- | --- | --- |"
awk '{ rps[$1, $2] = $3; if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 } }
  function r(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "–" }
  END { for (i = 1; i <= n; i++) { e = order[i];
    printf "| %s | %s | %s | %s |\n", e, r(rps["one-nginx", e], rps["one", e]), r(rps["two-nginx", e], rps["one-nginx", e]),
      r(rps["two-nginx", e], rps["one", e]) } }' "$WORK/results"
echo
echo "nginx's spread of the requests (its access log per setup: upstream, status, count; 499: wrk closed the"
echo "connection, as it does with the requests in flight at the end of each run, warm-ups included):"
sed 's/^/  /' "$WORK/spread"
echo
echo "session probes (phase target user: answers by status); a 401 is a lost session:"
awk '{ c[$1 " " $2 " " $3 " " $4]++ } END { for (k in c) print "  " k ": " c[k] }' "$WORK/probes" | sort
failed=$(awk '$4 != 200' "$WORK/probes" | wc -l)
lost=$(awk '$4 == 401' "$WORK/probes" | wc -l)
bad=$(awk '$6 + $7 + $8 > 0' "$WORK/results" | wc -l)
echo
echo "probes not answered 200: $failed (401: $lost); wrk runs with timeouts, non-2xx or socket errors: $bad of $(wc -l < "$WORK/results")"
[ "$failed" = 0 ] && [ "$bad" = 0 ]
