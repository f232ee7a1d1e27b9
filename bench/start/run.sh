#!/usr/bin/env bash
# Cold-start benchmark (issue 10, last row): the packaged jar with the demo profile on a fresh H2
# database, from the JVM's launch to the first successful login.
#
#   bench/start/run.sh               # builds the jar if needed; one start without and one with the AOT cache
#   BEFORE_JAR=/path/old.jar bench/start/run.sh # first a plain start of an older build ("before"), same run
#   JAR=/path/ecozone.jar bench/start/run.sh     # another jar instead of target/ecozone.jar
#   AOT=0 bench/start/run.sh         # only the plain start (not the launcher's two)
#   KEEP=1 bench/start/run.sh        # keeps the work directory (logs)
#   APP_ARGS='--spring.data.jpa.repositories.bootstrap-mode=deferred' bench/start/run.sh  # extra arguments
#
# Every 100 ms after the launch it probes (1 s timeouts; the login 5 s):
#   port   any HTTP answer from GET /api/auth/csrf;
#   ready  GET /actuator/health/readiness answers 200 with {"status":"UP"};
#   login  a fresh CSRF cookie, then POST /api/auth/login as the demo user xl.bureau.
# It prints when the port opened, when readiness first said UP, when the first login succeeded,
# and every login that failed, split into before and after "ready" (after "ready" there must be
# none). Then two starts through the launcher of run.sh (`tools/launch`, docs/adr/0020) from a copy
# of the jar: the first start of a build ("first": its training run writes a JDK AOT cache, JEP
# 483/514, `-XX:AOTCacheOutput`, stopped after the context refresh, then the start with it) and a
# later start ("aot": the cache is there). Their baseline is the plain start of the same run.
# Public tools only: the JDK, curl, awk.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

. bench/lib.sh
bench_java

PORT=${PORT:-18117}
BASE="http://127.0.0.1:$PORT"
HEAP=${HEAP:-512m}
LIMIT=${LIMIT:-400}
WORK=$(mktemp -d /tmp/ecozone-start-bench.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

JAR=${JAR:-target/ecozone.jar}
if [ "$JAR" = target/ecozone.jar ]; then
  bench_fresh_jar
fi
# the extracted layout (a jar of classes beside its libraries) is what an AOT cache can describe
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" --application-filename ecozone.jar > /dev/null
if [ -n "${BEFORE_JAR:-}" ]; then
  java -Djarmode=tools -jar "$BEFORE_JAR" extract --destination "$WORK/before-app" --application-filename ecozone.jar > /dev/null
fi
APP="$WORK/app"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# app DIR [JVM options…]: starts ecozone in DIR (fresh ./data), demo profile, H2 file database
app() {
  local dir=$1; shift
  mkdir -p "$dir"
  if [ "${VIA_LAUNCH:-0}" = 1 ]; then
    (cd "$dir" && JAVA_OPTS="-Xmx$HEAP" exec "$ROOT/tools/launch" "$WORK/launch/ecozone.jar" \
      --server.port="$PORT" --spring.profiles.active=demo ${APP_ARGS:-} > "$dir/app.log" 2>&1) &
  else
    (cd "$dir" && exec java -Xmx"$HEAP" "$@" -jar "$APP/ecozone.jar" \
      --server.port="$PORT" --spring.profiles.active=demo ${APP_ARGS:-} > "$dir/app.log" 2>&1) &
  fi
  APP_PID=$!
}

now() { date +%s%N; }
at() { if [ -n "$2" ]; then echo "$(secs "$1" "$2") s"; else echo never; fi; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

# probe NAME [JVM options…]: one cold start, probed every 100 ms until ready and logged in (or $LIMIT s)
probe() {
  local name=$1; shift
  local dir="$WORK/$name" jar="$WORK/$name/cookies"
  local t0 port="" ready="" login="" code body before=() after=() deadline attempt=0 timeouts=0
  t0=$(now)
  app "$dir" "$@"
  deadline=$((t0 + LIMIT * 1000000000))
  while [ "$(now)" -lt "$deadline" ]; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "ecozone exited; see $dir/app.log" >&2; KEEP=1; exit 1; }
    local t; t=$(now)
    code=$(curl -s -m 1 -o /dev/null -w '%{http_code}' -c "$jar" "$BASE/api/auth/csrf" || true)
    if [ "$code" != 000 ]; then
      [ -n "$port" ] || port=$t
      body=$(curl -s -m 1 "$BASE/actuator/health/readiness" || true)
      if [ -z "$ready" ] && [[ $body == *'"status":"UP"'* ]]; then ready=$t; fi
      if [ -z "$login" ]; then
        # each attempt from another address (a trusted proxy's X-Forwarded-For): the bench's own failed
        # attempts must not trip the login throttling per address
        attempt=$((attempt + 1))
        code=$(curl -s -m 5 -o "$dir/login" -w '%{http_code}' -c "$jar" -b "$jar" \
          -H "X-Forwarded-For: 10.99.$((attempt / 250)).$((attempt % 250 + 1))" \
          -H "X-XSRF-TOKEN: $(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar" | tail -1)" \
          -H 'Content-Type: application/json' -d '{"username":"xl.bureau","password":"Demo@2026"}' \
          "$BASE/api/auth/login" || true)
        if [ "$code" = 200 ]; then
          login=$t
        elif [ "$code" = 000 ]; then
          timeouts=$((timeouts + 1))
        else
          local what="$(secs "$t0" "$t") s: $code $(head -c 120 "$dir/login" 2>/dev/null | tr -d '\n')"
          if [ -n "$ready" ]; then after+=("$what"); else before+=("$what"); fi
        fi
      fi
    fi
    # done when logged in and ready; a jar without readiness: 3 s after the login
    if [ -n "$login" ] && { [ -n "$ready" ] || [ $(( $(now) - login )) -gt 3000000000 ]; }; then break; fi
    sleep 0.1
  done
  kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  echo
  echo "== $name"
  echo "port open              $(at "$t0" "$port")"
  echo "ready (readiness UP)   $(at "$t0" "$ready")"
  echo "first successful login $(at "$t0" "$login")"
  grep -ho 'AOT cache written in [0-9]* s\|Started EcozoneApplication in [0-9.]* seconds\|Startup tasks done in [0-9]* ms' "$dir/app.log" | sed 's/^/log: /' || true
  echo "login attempts without an answer within 5 s: $timeouts"
  echo "failed logins before ready: ${#before[@]}"
  [ ${#before[@]} = 0 ] || printf '  %s\n' "${before[@]}" | awk '{ k = $3 } !seen[k]++ || NR <= 3' | head -5
  echo "failed logins after ready:  ${#after[@]}"
  [ ${#after[@]} = 0 ] || printf '  %s\n' "${after[@]}" | head -10
  RESULT_LOGIN[$name]=${login:+$(secs "$t0" "$login")}
  RESULT_READY[$name]=${ready:+$(secs "$t0" "$ready")}
}
declare -A RESULT_LOGIN RESULT_READY

if [ -n "${BEFORE_JAR:-}" ]; then
  APP="$WORK/before-app" probe before
fi
probe plain
if [ "${AOT:-1}" = 1 ]; then
  mkdir -p "$WORK/launch" && cp "$JAR" "$WORK/launch/ecozone.jar"
  LIMIT=$((LIMIT * 2)) VIA_LAUNCH=1 probe first  # the training run comes first
  [ -f "$WORK/launch/ecozone-app/ecozone.aot" ] && echo "AOT cache: $(du -m "$WORK/launch/ecozone-app/ecozone.aot" | cut -f1) MB"
  VIA_LAUNCH=1 probe aot
  echo
  echo "== summary (same run): plain start is the baseline"
  [ -z "${RESULT_LOGIN[before]:-}" ] || echo "before  ready ${RESULT_READY[before]:-–} s, first login ${RESULT_LOGIN[before]} s (plain start of BEFORE_JAR)"
  for k in ready login; do
    for s in first aot; do
      if [ $k = ready ]; then p=${RESULT_READY[plain]:-}; a=${RESULT_READY[$s]:-}; else p=${RESULT_LOGIN[plain]:-}; a=${RESULT_LOGIN[$s]:-}; fi
      [ -n "$p" ] && [ -n "$a" ] && awk -v k=$k -v s=$s -v p="$p" -v a="$a" \
        'BEGIN { printf "%-6s plain %5.1f s   launcher %-5s %5.1f s   ratio %.2f\n", k, p, s, a, a / p }'
    done
  done
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
