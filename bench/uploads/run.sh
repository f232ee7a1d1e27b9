#!/usr/bin/env bash
# Upload benchmark (issue 8 §5): the largest upload of each kind at -Xmx256m, each beside a
# concurrent read request that must keep answering.
#
#   bench/uploads/run.sh              # builds the jar if needed, runs every scenario, prints a table
#   KEEP=1 bench/uploads/run.sh       # keeps the work directory (logs, GC log, files)
#   HEAP=512m bench/uploads/run.sh    # another heap
#   ONLY=concurrent bench/uploads/run.sh   # only the concurrent-upload scenario (issue 10)
#   KIND=workplan ONLY=concurrent bench/uploads/run.sh   # the same as work plan documents (issue 10, third pass)
#   ROUNDS=5 UPLOADS=20 bench/uploads/run.sh  # its rounds and uploads per round (default 3 × 20)
#   JAR=target/before.jar bench/uploads/run.sh  # measures that jar instead of building target/ecozone.jar
#   JVM_OPTS='-XX:StartFlightRecording=filename=/tmp/up.jfr' bench/uploads/run.sh  # more server JVM options (a profile)
#   APP_OPTS='--ecozone.files.max-size=30MB' bench/uploads/run.sh  # more application arguments (settings)
#   CLIENT=curl ONLY=concurrent bench/uploads/run.sh  # the uploads sent by 20 curl -F (before session 9) instead of wrk
#
# What it does (figures go to docs/performance.md):
#  1. generates the value edition BENCH-EXCEL and its largest workbook (bench/excel-import/Generate.java:
#     4,000 indicators × 50 years = 200,000 rows, the import's row limit) and the uploads of
#     bench/uploads/Generate.java (edition workbooks, a lying ZIP, a 19 MB PDF, PNG and DOCX);
#  2. starts ecozone from the packaged jar with -Xmx$HEAP, the demo profile and H2 in a temporary
#     directory;
#  3. runs each scenario with a reader beside it: GET /api/indicator-editions/BENCH-EXCEL twice a
#     second as another user, each with a 10 s timeout; a scenario passes when every read answered 200;
#  4. prints per scenario: the answer, the time, the reads (count, failures, slowest), and the peak
#     heap used and live after GC (from the GC log lines written during the scenario);
#  5. issue 10: "20 concurrent 10 MiB evidence uploads". Per round, 20 concurrent `dd` copy 20 different
#     10 MiB PDFs into the store's file system (the baseline), then 20 concurrent curl upload the same
#     files as evidence while a scorecard request (GET /api/evaluations, what the scorecard page calls)
#     is repeated beside them; prints both times and throughputs, the ratio upload/dd throughput, and
#     the scorecard's latency beside the uploads against its latency idle, then the medians over rounds.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

. bench/lib.sh
bench_java

PORT=${PORT:-18091}
HEAP=${HEAP:-256m}
WORK=$(mktemp -d /tmp/ecozone-upload-bench.XXXXXX)
APP_PID=""
READER_PID=""
cleanup() {
  [ -n "$READER_PID" ] && kill "$READER_PID" 2>/dev/null || true
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

if [ -n "${JAR:-}" ]; then
  JAR=$(realpath "$JAR") # another build to measure (e.g. the one before a change)
else
  bench_fresh_jar
fi
JAR=${JAR:-$ROOT/target/ecozone.jar}
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null

ONLY=${ONLY:-}
ROUNDS=${ROUNDS:-3}
UPLOADS=${UPLOADS:-20}
echo "== generating the uploads"
java "$ROOT/bench/excel-import/Generate.java" "$WORK" 152502 锡林浩特市 4000 1976 2025 | tail -1
if [ -z "$ONLY" ]; then
  java "$ROOT/bench/uploads/Generate.java" "$WORK/files"
  mv "$WORK/bench-excel.xlsx" "$WORK/files/values-200k.xlsx"
  ls -l "$WORK/files/values-200k.xlsx" | awk '{printf "values-200k.xlsx       %6.1f MB\n", $5 / 1048576}'
fi
java "$ROOT/bench/uploads/Generate.java" "$WORK/files" evidence $((ROUNDS * UPLOADS))

echo "== starting ecozone with -Xmx$HEAP on port $PORT"
# shellcheck disable=SC2086 # JVM_OPTS is a list of options
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log":uptime ${JVM_OPTS:-} \
  -cp "$WORK/classpath:$WORK/app/$(basename "$JAR")" cn.ecozone.EcozoneApplication \
  --server.port="$PORT" --spring.profiles.active=demo \
  "--spring.datasource.url=jdbc:h2:file:$WORK/db/ecozone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --ecozone.instance.work-dir="$WORK/instance" --ecozone.files.dir="$WORK/store" ${APP_OPTS:-} \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$BASE/api/auth/csrf" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "ecozone did not start; see $WORK/app.log" >&2; KEEP=1; exit 1; }
  sleep 1
done

# a login before the demo accounts exist fails and, repeated, locks the account (login throttling)
for _ in $(seq 1 600); do
  grep -q 'demo accounts' "$WORK/app.log" && break
  sleep 1
done
# login JAR USER: a cookie jar with a session of the demo user (retried while demo data loads)
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1; }
login() {
  for _ in $(seq 1 240); do
    curl -fs -c "$1" -b "$1" -o /dev/null "$BASE/api/auth/csrf"
    curl -fs -c "$1" -b "$1" -o /dev/null -H "X-XSRF-TOKEN: $(xsrf "$1")" -H 'Content-Type: application/json' \
      -d "{\"username\":\"$2\",\"password\":\"Demo@2026\"}" "$BASE/api/auth/login" && break
    sleep 1
  done
  grep -q JSESSIONID "$1" || { echo "could not log in as $2" >&2; KEEP=1; exit 1; }
  curl -fs -c "$1" -b "$1" -o /dev/null "$BASE/api/auth/csrf"
}
COUNTY="$WORK/county" PROVINCE="$WORK/province" READER="$WORK/reader"
login "$COUNTY" xlht.gov
login "$PROVINCE" gz.staff
login "$READER" xl.bureau
for _ in $(seq 1 240); do
  curl -fs -b "$READER" -o /dev/null "$BASE/api/indicator-editions/BENCH-EXCEL" && break
  sleep 1
done
send() { # send JAR METHOD PATH [curl args…]: prints the HTTP status, the body goes to $WORK/answer
  local jar=$1 method=$2 path=$3; shift 3
  curl -s -o "$WORK/answer" -w '%{http_code}' -c "$jar" -b "$jar" -H "X-XSRF-TOKEN: $(xsrf "$jar")" -X "$method" "$@" "$BASE$path"
}
# an evidence value and a work plan to attach to
send "$COUNTY" PUT /api/indicator-values/BENCH-EXCEL/152502/2025/BX-0002 -H 'Content-Type: application/json' \
  -d '{"value": 12.5}' > /dev/null
send "$COUNTY" POST /api/work-plans -H 'Content-Type: application/json' -d '{"programme":"TWO_MOUNTAINS_AREA",
  "year":2033,"title":"基准测试年度计划","summary":"上传基准","tasks":[],"projects":[],"funds":[]}' > /dev/null
PLAN=$(sed -n 's/.*"id":\([0-9]*\).*/\1/p' "$WORK/answer" | head -1)

reader() { # reads twice a second until killed; one line per read: status seconds
  while :; do
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' -b "$READER" "$BASE/api/indicator-editions/BENCH-EXCEL" \
      >> "$WORK/reads" || echo "000 10" >> "$WORK/reads"
    sleep 0.5
  done
}
gc_sizes() { { grep -E 'Pause (Young|Full)' || true; } | { grep -o '[0-9]*M->[0-9]*M([0-9]*M)' || true; } | awk -F'[M>(-]+' '{ print $1, $2 }'; }
RESULTS="$WORK/results"
FAILED=0
scenario() { # scenario NAME EXPECTED-STATUS METHOD PATH JAR [curl args…]
  local name=$1 expected=$2 method=$3 path=$4 jar=$5; shift 5
  : > "$WORK/reads"
  local gc_before; gc_before=$(wc -l < "$WORK/gc.log")
  reader & READER_PID=$!
  sleep 1
  local start status job state end
  start=$(date +%s.%N)
  status=$(send "$jar" "$method" "$path" "$@")
  state=""
  job=$(sed -n 's/.*"jobId":"\([^"]*\)".*/\1/p' "$WORK/answer")
  if [ -n "$job" ]; then
    while :; do
      state=$(curl -fs -b "$jar" "$BASE/api/indicator-excel/import/$job" | sed -n 's/.*"state":"\([A-Z]*\)".*/\1/p')
      [ "$state" != RUNNING ] && break
      sleep 1
    done
  fi
  end=$(date +%s.%N)
  sleep 1
  kill "$READER_PID"; wait "$READER_PID" 2>/dev/null || true; READER_PID=""
  local peaks reads
  peaks=$(sed -n "$((gc_before + 1)),\$p" "$WORK/gc.log" | gc_sizes | \
    awk '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { printf "%d MB / %d MB", b, a }')
  reads=$(awk '{ n++; if ($1 != 200) f++; if ($2 > m) m = $2 } END { printf "%d reads, %d failed, slowest %.2f s", n, f, m }' "$WORK/reads")
  local answer="$status${state:+ → $state}"
  [ "$status" = "$expected" ] && ! grep -qv '^200 ' "$WORK/reads" || FAILED=1
  awk -v n="$name" -v a="$answer" -v s="$start" -v e="$end" -v r="$reads" -v p="$peaks" \
    'BEGIN { printf "| %s | %s | %.1f s | %s | %s |\n", n, a, e - s, r, p }' | tee -a "$RESULTS"
}

F="$WORK/files"
. "$ROOT/bench/uploads/concurrent.sh"
if [ "$ONLY" = concurrent ]; then
  concurrent_uploads
  exit 0
fi

echo "== scenarios (heap: peak used before a GC / peak live after a GC)"
XLSX='type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
scenario "idle (reads only)" 204 GET /api/auth/csrf "$COUNTY"
scenario "value import, 200,000 rows ($(du -m "$F/values-200k.xlsx" | cut -f1) MB)" 202 POST \
  "/api/indicator-excel/import?edition=BENCH-EXCEL" "$COUNTY" -F "file=@$F/values-200k.xlsx;$XLSX"
scenario "value import, 1 MB ZIP inflating to 1 GB" 422 POST \
  "/api/indicator-excel/import?edition=BENCH-EXCEL" "$COUNTY" -F "file=@$F/bomb.xlsx;$XLSX"
scenario "edition import, 7.8 MB of XML (loaded, at the limit)" 400 POST /api/indicator-drafts/import "$PROVINCE" \
  -F "file=@$F/edition-accepted.xlsx;$XLSX"
scenario "edition import, honest 19.7 MB" 422 POST /api/indicator-drafts/import "$PROVINCE" \
  -F "file=@$F/edition-19.7mb.xlsx;$XLSX"
scenario "evidence PDF, 19 MB, 1,000 pages" 201 POST \
  /api/indicator-values/BENCH-EXCEL/152502/2025/BX-0002/evidence "$COUNTY" -F "file=@$F/evidence.pdf"
scenario "evidence PNG, 19 MB, 2,560² pixels" 201 POST \
  /api/indicator-values/BENCH-EXCEL/152502/2025/BX-0002/evidence "$COUNTY" -F "file=@$F/evidence.png"
scenario "work plan DOCX, 18 MB" 200 POST "/api/work-plans/$PLAN/document?version=0" "$COUNTY" \
  -F "file=@$F/plan.docx"
concurrent_uploads
grep -q "OutOfMemoryError" "$WORK/app.log" && { echo "OutOfMemoryError in the log" >&2; FAILED=1; }
[ "$FAILED" = 0 ] || { echo "a scenario failed (unexpected answer or a failed read); see $WORK" >&2; KEEP=1; exit 1; }
