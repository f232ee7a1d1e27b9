#!/usr/bin/env bash
# Photo benchmark (issue 11 §3): 20 photos of about 10 MB uploaded at once to one dossier, the jar at
# -Xmx256m, against 20 concurrent dd writing the same bytes into the same file system in the same round.
#
#   bench/dossier-photos/run.sh            # builds the jar if needed, 3 rounds of 20 photos
#   ROUNDS=5 PHOTOS=20 bench/dossier-photos/run.sh
#   HEAP=256m KEEP=1 bench/dossier-photos/run.sh   # keeps the work directory (GC log, app log, files)
#
# It starts ecozone from the packaged jar with the demo profile (H2 and the file store in a temporary
# directory), logs in as the demo county xlht.gov, whose demo dossier lies in an open round, and per
# round: 20 concurrent `dd` copy 20 different photos into the store's file system (the baseline), then
# 20 concurrent `curl -F` upload the same photos to the dossier's PHOTOS material (no version: uploads
# add rows of their own; each photo is decoded by the document module before it is kept). It prints
# both times, the throughputs and their ratio (upload / dd), then the medians, the peak heap used (the
# largest "before" of the GC log's pauses) and the server's peak resident memory.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. bench/lib.sh
bench_java
bench_fresh_jar

PORT=${PORT:-18093}
HEAP=${HEAP:-256m}
ROUNDS=${ROUNDS:-3}
PHOTOS=${PHOTOS:-20}
WORK=$(mktemp -d /tmp/ecozone-photo-bench.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

JAR=$ROOT/target/ecozone.jar
java -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
echo "== generating $((ROUNDS * PHOTOS)) photos"
java "$ROOT/bench/dossier-photos/Photos.java" "$WORK/files" $((ROUNDS * PHOTOS))

echo "== starting ecozone with -Xmx$HEAP on port $PORT"
java -Xmx"$HEAP" -Xlog:gc:file="$WORK/gc.log":uptime \
  -cp "$WORK/app/$(basename "$JAR")" cn.ecozone.EcozoneApplication \
  --server.port="$PORT" --spring.profiles.active=demo \
  "--spring.datasource.url=jdbc:h2:file:$WORK/db/ecozone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
  --ecozone.instance.work-dir="$WORK/instance" --ecozone.files.dir="$WORK/store" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  curl -fs -o /dev/null "$BASE/api/auth/csrf" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "ecozone did not start; see $WORK/app.log" >&2; KEEP=1; exit 1; }
  sleep 1
done
for _ in $(seq 1 600); do
  grep -q 'demo accounts' "$WORK/app.log" && break
  sleep 1
done
xsrf() { awk '$6 == "XSRF-TOKEN" { print $7 }' "$1" | tail -1; }
JAR_COOKIES="$WORK/county"
for _ in $(seq 1 240); do
  curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null "$BASE/api/auth/csrf"
  curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null -H "X-XSRF-TOKEN: $(xsrf "$JAR_COOKIES")" \
    -H 'Content-Type: application/json' -d '{"username":"xlht.gov","password":"Demo@2026"}' "$BASE/api/auth/login" && break
  sleep 1
done
curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" -o /dev/null "$BASE/api/auth/csrf"
DOSSIER=""
for _ in $(seq 1 240); do
  DOSSIER=$(curl -fs -b "$JAR_COOKIES" "$BASE/api/dossiers" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2 || true)
  [ -n "$DOSSIER" ] && break
  sleep 1
done
[ -n "$DOSSIER" ] || { echo "no demo dossier; see $WORK/app.log" >&2; KEEP=1; exit 1; }
mkdir -p "$WORK/store/dd"
UPLOAD="$BASE/api/dossiers/$DOSSIER/materials/PHOTOS/documents"

photo() { printf '%s/files/photo-%03d.png' "$WORK" "$1"; }
dd_all() { # dd_all ROUND
  local i
  for i in $(seq 1 "$PHOTOS"); do
    dd if="$(photo $(( ($1 - 1) * PHOTOS + i )))" of="$WORK/store/dd/$i" bs=1M status=none &
  done
  wait
}
upload_all() { # upload_all ROUND: every status into $WORK/status-ROUND
  local i
  for i in $(seq 1 "$PHOTOS"); do
    curl -s -o /dev/null -w '%{http_code}\n' -b "$JAR_COOKIES" -H "X-XSRF-TOKEN: $(xsrf "$JAR_COOKIES")" \
      -F "file=@$(photo $(( ($1 - 1) * PHOTOS + i )));type=image/png" "$UPLOAD" >> "$WORK/status-$1" &
  done
  wait
}
seconds() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); awk -v s="$s" -v e="$e" 'BEGIN { printf "%.3f", e - s }'; }

GC_FROM=$(( $(wc -l < "$WORK/gc.log") + 1 ))
BYTES=$(( $(stat -c %s "$(photo 1)") * PHOTOS ))
echo "== $ROUNDS rounds of $PHOTOS photos ($(awk -v b="$BYTES" 'BEGIN { printf "%.0f", b / 1048576 }') MB a round) to dossier $DOSSIER"
printf '%-6s %8s %8s %10s %10s %7s %s\n' round dd_s up_s dd_MB/s up_MB/s ratio statuses
RATIOS=""
for r in $(seq 1 "$ROUNDS"); do
  sync
  t_dd=$(seconds dd_all "$r")
  rm -f "$WORK"/store/dd/*
  sync
  t_up=$(seconds upload_all "$r")
  ok=$(grep -c '^200$' "$WORK/status-$r" || true)
  ratio=$(awk -v d="$t_dd" -v u="$t_up" 'BEGIN { printf "%.2f", d / u }')
  RATIOS="$RATIOS $ratio"
  printf '%-6s %8s %8s %10.1f %10.1f %7s %s/%s ok\n' "$r" "$t_dd" "$t_up" \
    "$(awk -v b="$BYTES" -v t="$t_dd" 'BEGIN { print b / 1048576 / t }')" \
    "$(awk -v b="$BYTES" -v t="$t_up" 'BEGIN { print b / 1048576 / t }')" "$ratio" "$ok" "$PHOTOS"
done
echo "median ratio (upload / dd throughput): $(echo $RATIOS | tr ' ' '\n' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
KEPT=$(curl -fs -b "$JAR_COOKIES" "$BASE/api/dossiers/$DOSSIER" | grep -o '"mediaType":"image/png"' | wc -l)
echo "photos on the dossier: $KEPT of $((ROUNDS * PHOTOS))"
peak() { grep -o '[0-9]*M->' | sed 's/M->//' | sort -n | tail -1; }
echo "peak heap used during the uploads (GC log, before a pause): $(tail -n +"$GC_FROM" "$WORK/gc.log" | peak) MB of $HEAP"
echo "peak heap used from the start (demo data included): $(peak < "$WORK/gc.log") MB"
echo "server peak resident memory: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$APP_PID/status")"
