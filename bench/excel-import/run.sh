#!/usr/bin/env bash
# Excel import benchmark: a 100,000-value workbook imported with the heap capped at 256 MB.
#
#   bench/excel-import/run.sh            # builds the jar if needed, runs, prints time and memory
#   KEEP=1 bench/excel-import/run.sh     # keeps the work directory (logs, GC log, database)
#   DB_URL=jdbc:postgresql://localhost:5432/DB DB_USER=u DB_PASSWORD=p bench/excel-import/run.sh
#                                        # on PostgreSQL: DB must be an EMPTY database (Flyway fills it)
#   JAR=/path/to/ecozone.jar bench/excel-import/run.sh   # another build (e.g. before a change)
#   LIVE_EVERY=5 bench/excel-import/run.sh  # the live heap: a full GC (jcmd GC.run) every 5 s of the
#                                        # import; prints the peak after those full GCs. Slows the
#                                        # import: take its time from a run without it
#   FLOOR=0 bench/excel-import/run.sh    # without the insert floor (step 6)
#   FLOOR_SQL=$'drop index indicator_value_owner_idx' bench/excel-import/run.sh
#                                        # runs each line before the floor's inserts (an experiment)
#   FLOOR_WARM=true bench/excel-import/run.sh  # the floor's inserts once before, rolled back, untimed
#   H2_OPTIONS=';CACHE_SIZE=65536' bench/excel-import/run.sh  # appended to the H2 URL (server and floor)
#
# What it does (figures go to docs/performance.md):
#  1. generates (Generate.java, JDK only) a synthetic edition BENCH-EXCEL of 2,000 indicators for
#     the years 1976–2025, and a workbook with one value per indicator and year for 锡林浩特市
#     (152502): 2,000 × 50 = 100,000 rows, shared strings, as Excel writes it;
#  2. starts ecozone from the packaged jar with -Xmx256m, the demo profile and H2 in a temporary
#     directory, with the edition's folder first on the class path (loaded like a shipped edition);
#  3. logs in as the demo county user xlht.gov (a county enters only its own values, so one
#     region needs indicators × years = 100,000), uploads, polls the job until it ends;
#  4. the baseline, in the same run and with the same heap cap: BareRead.java, a bare streaming
#     fastexcel loop over the same workbook (the jars the import uses, from the extracted jar's lib/),
#     once just before the upload and once just after the import has ended;
#  5. prints the import time, the baseline (the mean of its two reads), the ratio, the rows saved,
#     the peak heap during the import (from the GC log) and the peak RSS;
#  6. the floor (session 9): stops the server and runs InsertFloor.java against the same database:
#     the import's rows deleted, then the same 100,000 values and 100,000 history rows inserted in
#     JDBC batches of 500 in one transaction, nothing else; prints its time, import/floor and
#     floor/bare read. An import cannot beat the floor; if floor/bare read is above 2, neither can
#     the goal be met on that database.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD

. bench/lib.sh
bench_java

PORT=${PORT:-18090}
HEAP=${HEAP:-256m}
INDICATORS=${INDICATORS:-2000}
FIRST=${FIRST:-1976}
LAST=${LAST:-2025}
JAR=${JAR:-target/ecozone.jar}
DB_URL=${DB_URL:-}
WORK=$(mktemp -d /tmp/ecozone-excel-bench.XXXXXX)
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
echo "== extracting $JAR"
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
if [ -n "$DB_URL" ]; then
  DB_ARGS=("--spring.datasource.url=$DB_URL" "--spring.datasource.username=${DB_USER:-ecozone}"
    "--spring.datasource.password=${DB_PASSWORD:-}")
else
  H2_URL="jdbc:h2:file:$WORK/db/ecozone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH${H2_OPTIONS:-}"
  DB_ARGS=("--spring.datasource.url=$H2_URL")
fi
echo "database:     ${DB_URL:-H2 in $WORK/db}"
# the baseline: a bare fastexcel loop over the same workbook, same heap cap; prints the read's ms
bare_read() {
  java -Xmx"$HEAP" -cp "$WORK/app/lib/*" "$ROOT/bench/excel-import/BareRead.java" "$WORK/bench-excel.xlsx" |
    sed -n 's/.*ms=\([0-9]*\).*/\1/p'
}

echo "== generating the edition and the workbook"
java "$ROOT/bench/excel-import/Generate.java" "$WORK" 152502 锡林浩特市 "$INDICATORS" "$FIRST" "$LAST"
ls -l "$WORK/bench-excel.xlsx" | awk '{printf "workbook: %.1f MB\n", $5 / 1048576}'

echo "== starting ecozone with -Xmx$HEAP on port $PORT"
# shellcheck disable=SC2086 # EXTRA_JAVA_OPTS holds several options, e.g. a JFR recording
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log":uptime ${EXTRA_JAVA_OPTS:-} \
  -cp "$WORK/classpath:$WORK/app/$(basename "$JAR")" cn.ecozone.EcozoneApplication \
  --server.port="$PORT" --spring.profiles.active=demo \
  "${DB_ARGS[@]}" \
  --ecozone.instance.work-dir="$WORK/instance" --ecozone.files.dir="$WORK/store" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$BASE/api/auth/csrf" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "ecozone did not start; see $WORK/app.log" >&2; KEEP=1; exit 1; }
  sleep 1
done
curl -fs -o /dev/null "$BASE/api/auth/csrf" || { echo "ecozone did not answer in 240 s" >&2; KEEP=1; exit 1; }

# the demo accounts and editions are loaded just after the server opens its port; a login tried
# before the accounts exist counts as a failed attempt and soon locks the address out: wait for them
for _ in $(seq 1 600); do
  grep -q "demo accounts" "$WORK/app.log" && break
  sleep 1
done
JAR="$WORK/cookies"
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$JAR" | tail -1; }
for _ in $(seq 1 5); do
  curl -fs -c "$JAR" -b "$JAR" -o /dev/null "$BASE/api/auth/csrf"
  curl -fs -c "$JAR" -b "$JAR" -o /dev/null -H "X-XSRF-TOKEN: $(xsrf)" -H 'Content-Type: application/json' \
    -d '{"username":"xlht.gov","password":"Demo@2026"}' "$BASE/api/auth/login" && break
  sleep 1
done
curl -fs -c "$JAR" -b "$JAR" -o /dev/null "$BASE/api/auth/csrf"
# the edition is there once the start-up runners are done
for _ in $(seq 1 240); do
  curl -fs -b "$JAR" -o /dev/null "$BASE/api/indicator-editions/BENCH-EXCEL" && break
  sleep 1
done

echo "== baseline: bare fastexcel read of the workbook"
BARE1=$(bare_read)
echo "bare read:    $BARE1 ms"
GC_BEFORE=$(wc -l < "$WORK/gc.log")
echo "== uploading"
START=$(date +%s.%N)
ANSWER=$(curl -fsS -c "$JAR" -b "$JAR" -H "X-XSRF-TOKEN: $(xsrf)" \
  -F "file=@$WORK/bench-excel.xlsx;type=application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" \
  "$BASE/api/indicator-excel/import?edition=BENCH-EXCEL")
JOB=$(printf '%s' "$ANSWER" | sed -n 's/.*"jobId":"\([^"]*\)".*/\1/p')
[ -n "$JOB" ] || { echo "upload refused: $ANSWER" >&2; KEEP=1; exit 1; }
echo "job $JOB"

field() { printf '%s' "$1" | sed -n "s/.*\"$2\":\(\"[^\"]*\"\|[^,}]*\).*/\1/p" | tr -d '"'; }
RSS_PEAK=0
LAST_PROBE=$(date +%s)
while :; do
  STATUS=$(curl -fs -b "$JAR" "$BASE/api/indicator-excel/import/$JOB")
  STATE=$(field "$STATUS" state)
  RSS=$(awk '/VmHWM/ { print $2 }' /proc/$APP_PID/status)
  [ "$RSS" -gt "$RSS_PEAK" ] && RSS_PEAK=$RSS
  printf '\r  %-8s %-10s validated %7s / %-7s written %7s' "$STATE" "$(field "$STATUS" phase)" \
    "$(field "$STATUS" processedRows)" "$(field "$STATUS" totalRows)" "$(field "$STATUS" writtenRows)"
  if [ -z "${SAVING:-}" ] && [ "$(field "$STATUS" phase)" = SAVING ]; then SAVING=$(date +%s.%N); fi
  [ "$STATE" != RUNNING ] && break
  if [ -n "${LIVE_EVERY:-}" ] && [ $(($(date +%s) - LAST_PROBE)) -ge "$LIVE_EVERY" ]; then
    jcmd "$APP_PID" GC.run > /dev/null 2>&1 || true
    LAST_PROBE=$(date +%s)
  fi
  sleep 0.2
done
VISIBLE=$(date +%s.%N)
echo
# the job reads SUCCEEDED as soon as its transaction commits; the audit records of the changes are
# written right after the commit, and the job logs its end when they are done
if [ "$STATE" = SUCCEEDED ]; then
  for _ in $(seq 1 1500); do
    grep -q "Excel import $JOB by" "$WORK/app.log" && break
    sleep 0.2
  done
fi
END=$(date +%s.%N)
GC_END=$(wc -l < "$WORK/gc.log")
echo "== baseline again, after the import"
BARE2=$(bare_read)
echo "bare read:    $BARE2 ms"

# G1 lines look like: [12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 150M->31M(256M) 9.876ms
# (only collections count: remark and cleanup lines show no before/after)
gc_sizes() { grep -E 'Pause (Young|Full)' | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' | awk -F'[M>(-]+' '{ print $1, $2 }'; }
BASELINE=$(head -n "$GC_BEFORE" "$WORK/gc.log" | gc_sizes | tail -1 | cut -d' ' -f2)
PEAKS=$(sed -n "$((GC_BEFORE + 1)),${GC_END}p" "$WORK/gc.log" | gc_sizes | \
  awk '{ if ($1 > b) b = $1; if ($2 > a) a = $2 } END { printf "%d %d", b, a }')
echo "== result"
echo "state:        $STATE (saved $(field "$STATUS" saved), unchanged $(field "$STATUS" unchanged), errors $(field "$STATUS" errorCount))"
awk -v s="$START" -v v="$VISIBLE" -v e="$END" 'BEGIN {
  printf "time:         %.1f s from upload until the job reads %s (polled every 0.2 s)\n", v - s, "'"$STATE"'"
  printf "              %.1f s until the job has also written its audit records and ended\n", e - s }'
[ -n "${SAVING:-}" ] && awk -v s="$START" -v a="$SAVING" -v v="$VISIBLE" 'BEGIN {
  printf "phases:       %.1f s upload, reading and validating; %.1f s saving and committing (polled)\n", a - s, v - a }'
awk -v s="$START" -v v="$VISIBLE" -v e="$END" -v b1="$BARE1" -v b2="$BARE2" 'BEGIN {
  b = (b1 + b2) / 2000
  printf "baseline:     %.2f s bare fastexcel read of the same workbook (%.2f s before, %.2f s after the import)\n", b, b1 / 1000, b2 / 1000
  printf "ratio:        %.1fx until the job reads its state, %.1fx until it has ended (goal <= 2x)\n", (v - s) / b, (e - s) / b }'
echo "heap:         -Xmx$HEAP; live after the last GC before the upload ${BASELINE:-?} MB;"
echo "              during the import: peak used before a GC $(echo "$PEAKS" | cut -d' ' -f1) MB, peak live after a GC $(echo "$PEAKS" | cut -d' ' -f2) MB"
if [ -n "${LIVE_EVERY:-}" ]; then
  # only a full collection shows what is live; a young pause's "after" still holds old garbage
  LIVE=$(sed -n "$((GC_BEFORE + 1)),${GC_END}p" "$WORK/gc.log" | grep 'Pause Full' | gc_sizes | \
    awk '{ if ($2 > a) a = $2; n++ } END { printf "%d MB after %d full GCs", a, n }')
  echo "              live (full GC every $LIVE_EVERY s): peak $LIVE"
fi
echo "process RSS:  peak $((RSS_PEAK / 1024)) MB"

if [ "${FLOOR:-1}" = 1 ] && [ "$STATE" = SUCCEEDED ]; then
  echo "== floor: the same rows inserted by bare JDBC batches in one transaction (server stopped)"
  kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
  if [ -n "$DB_URL" ]; then
    FLOOR_DB=("$DB_URL$(case "$DB_URL" in *\?*) echo '&';; *) echo '?';; esac)reWriteBatchedInserts=true"
      "${DB_USER:-ecozone}" "${DB_PASSWORD:-}")
  else
    FLOOR_DB=("$H2_URL" sa "")
  fi
  # KEEP=1 on H2: the database as the import left it, for floor experiments on fresh copies (bench/README.md)
  if [ -z "$DB_URL" ] && [ "${KEEP:-0}" = 1 ]; then cp -r "$WORK/db" "$WORK/db-after-import"; fi
  FLOOR_ARGS=()
  if [ -n "${FLOOR_SQL:-}" ]; then mapfile -t FLOOR_ARGS <<< "$FLOOR_SQL"; fi
  FLOOR_MS=$(java -Xmx"$HEAP" -Dwarm="${FLOOR_WARM:-false}" -cp "$WORK/app/lib/*" "$ROOT/bench/excel-import/InsertFloor.java" \
    "${FLOOR_DB[@]}" BENCH-EXCEL 152502 "$FIRST" "$LAST" "${FLOOR_ARGS[@]}" | tee /dev/stderr |
    sed -n 's/.*ms=\([0-9]*\).*/\1/p')
  awk -v s="$START" -v v="$VISIBLE" -v f="$FLOOR_MS" -v b1="$BARE1" -v b2="$BARE2" 'BEGIN {
    b = (b1 + b2) / 2000; f = f / 1000
    printf "floor:        %.2f s the same 100,000 values + 100,000 history rows, JDBC batches, one transaction\n", f
    printf "              import/floor %.1fx; floor/bare read %.1fx (the best an import could reach)\n", (v - s) / f, f / b }'
  echo "machine:      load average $(cut -d' ' -f1-3 /proc/loadavg) after the floor"
fi
echo "machine:      $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
grep -q "OutOfMemoryError" "$WORK/app.log" && { echo "OutOfMemoryError in the log" >&2; exit 1; }
[ "$STATE" = SUCCEEDED ]
