# Sourced by bench/uploads/run.sh (issue 10): 20 concurrent 10 MiB evidence uploads against 20 concurrent
# dd of the same bytes into the same file system, in the same run, with a scorecard request beside them.
# KIND=workplan uploads the same PDFs as the documents of 20 work plans instead (one each, the plan's
# version read before each round), the path plan texts and workbooks share since issue 10's third pass.
# Uses run.sh's WORK, BASE, F, APP_PID, COUNTY, PROVINCE, ROUNDS, UPLOADS, FAILED and xsrf.
# Besides wall times it prints CPU seconds (from /proc): dd's, the server's and curl's during the
# uploads. On a shared machine the scheduler gives 20 dd processes a larger share than the server's
# few carrier threads, so the CPU ratio (dd's CPU / the server's) shows the work per byte apart
# from that.
# CLIENT=wrk (the default since session 9) posts the evidence with wrk and bench/uploads/post.lua: each
# multipart body prebuilt in memory and written from there, so the client does no file work while
# sending; its CPU for sending is printed apart (on loopback the sender's kernel also does most of
# the receiving side's TCP work). CLIENT=curl is the earlier client (20 `curl -F`).
# SCORECARDS=0 leaves the scorecard requests out, so that the server's CPU is the uploads' alone;
# FLOOR=1 adds the same rounds against bench/uploads/floor.py (socket read, write and SHA-256 only).

SCORECARD="/api/evaluations?edition=GZ-2SZS-2021&region=520329&year=2025"

# scorecards FILE: the scorecard as the province staff, one line per request (status seconds), until killed
scorecards() {
  while :; do
    curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' -b "$PROVINCE" "$BASE$SCORECARD" >> "$1" \
      || echo "000 30" >> "$1"
    sleep 0.05
  done
}

# latency FILE: "n, failed, median, slowest" of the lines of scorecards
latency() {
  sort -k2 -n "$1" | awk '{ t[NR] = $2; if ($1 != 200) f++ }
    END { printf "%d, %d failed, median %.3f s, slowest %.3f s", NR, f, t[int((NR + 1) / 2)], t[NR] }'
}

TICK=$(getconf CLK_TCK)
# children_cpu PID: CPU seconds (user + system) of the waited-for children of the (sub)shell PID
children_cpu() { awk -v t="$TICK" '{ printf "%.2f", ($16 + $17) / t }' "/proc/$1/stat"; }
# server_cpu: CPU seconds (user + system) the server has used so far
server_cpu() { awk -v t="$TICK" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$APP_PID/stat"; }
# server_sys: of which in the kernel (system time)
server_sys() { awk -v t="$TICK" '{ printf "%.2f", $15 / t }' "/proc/$APP_PID/stat"; }

# measure COMMAND…: runs it and prints its wall time and its children's CPU time, in seconds
measure() {
  local start end c0 c1 me=$BASHPID
  c0=$(children_cpu "$me")
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  c1=$(children_cpu "$me")
  awk -v s="$start" -v e="$end" -v a="$c0" -v b="$c1" 'BEGIN { printf "%.3f %.2f", e - s, b - a }'
}

dd_all() { # dd_all ROUND: UPLOADS concurrent dd of the round's files into the store's file system
  local i
  for i in $(seq 1 "$UPLOADS"); do
    dd if="$F/$(printf 'evidence-10m-%03d.pdf' $(( ($1 - 1) * UPLOADS + i )))" of="$WORK/store/dd/$i" bs=1M status=none &
  done
  wait
}

KIND=${KIND:-evidence}
EXPECTED=201
[ "$KIND" = workplan ] && EXPECTED=200

work_plans() { # KIND=workplan: UPLOADS work plans of 锡林浩特市 (years 2040…), their ids in $WORK/plans
  local i
  : > "$WORK/plans"
  for i in $(seq 1 "$UPLOADS"); do
    send "$COUNTY" POST /api/work-plans -H 'Content-Type: application/json' -d "{\"programme\":\"TWO_MOUNTAINS_AREA\",
      \"year\":$((2039 + i)),\"title\":\"基准测试年度计划 $i\",\"summary\":\"并发上传\",\"tasks\":[],\"projects\":[],\"funds\":[]}" \
      > /dev/null
    python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])' < "$WORK/answer" >> "$WORK/plans"
  done
  [ "$(wc -l < "$WORK/plans")" = "$UPLOADS" ] || { echo "could not create $UPLOADS work plans" >&2; KEEP=1; exit 1; }
}

# upload_paths: the UPLOADS paths of this round, one a line (the work plans' current versions read first)
upload_paths() {
  local i id
  for i in $(seq 1 "$UPLOADS"); do
    if [ "$KIND" = workplan ]; then
      id=$(sed -n "${i}p" "$WORK/plans")
      echo "/api/work-plans/$id/document?version=$(curl -fs -b "$COUNTY" "$BASE/api/work-plans/$id" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')"
    else
      echo "/api/indicator-values/BENCH-EXCEL/152502/2025/BX-0002/evidence"
    fi
  done
}

CLIENT=${CLIENT:-wrk}
[ "$KIND" = workplan ] && CLIENT=curl # the work plans' paths differ per upload; post.lua sends one path

# cookie_header JAR: the session and XSRF cookies of a curl cookie jar as one Cookie header
cookie_header() { awk '$6 == "JSESSIONID" || $6 == "XSRF-TOKEN" { c = c sep $6 "=" $7; sep = "; " } END { print c }' "$1"; }

upload_wrk() { # upload_wrk ROUND [BASE]: the round's UPLOADS files posted at once by wrk (post.lua); its line to $WORK/wrk
  wrk -t1 -c"$UPLOADS" -d600s --timeout 600s -H "Cookie: $(cookie_header "$COUNTY")" -H "X-XSRF-TOKEN: $(xsrf "$COUNTY")" \
    -s "$ROOT/bench/uploads/post.lua" "${2:-$BASE}$(sed -n 1p "$WORK/paths")" -- "$F" $(( ($1 - 1) * UPLOADS + 1 )) "$UPLOADS" \
    | grep '^uploads:' > "$WORK/wrk"
  sed -n 's/.*statuses: \([^,]*\).*/\1/p' "$WORK/wrk" | grep -q "^$EXPECTED×$UPLOADS\$" \
    || { echo "wrk: $(cat "$WORK/wrk")" >&2; echo 000 >> "$WORK/upload-status"; }
  for _ in $(seq 1 "$UPLOADS"); do echo "$EXPECTED" >> "$WORK/upload-status"; done
}

wrk_figures() { # "wall CPU" of the last wrk run: its slowest upload, its CPU minus reading and framing
  awk '{ for (i = 1; i < NF; i++) v[$i] = $(i + 1) }
    END { printf "%.3f %.2f", v["slowest_us:"] / 1e6, v["cpu_s:"] - v["init_cpu_s:"] }' "$WORK/wrk"
}

upload_all() { # upload_all ROUND: UPLOADS concurrent uploads of the round's files to the paths in $WORK/paths
  local i pids=()
  for i in $(seq 1 "$UPLOADS"); do
    curl -s -o /dev/null -w '%{http_code}\n' -b "$COUNTY" -H "X-XSRF-TOKEN: $(xsrf "$COUNTY")" \
      -F "file=@$F/$(printf 'evidence-10m-%03d.pdf' $(( ($1 - 1) * UPLOADS + i )))" \
      "$BASE$(sed -n "${i}p" "$WORK/paths")" >> "$WORK/upload-status" &
    pids+=($!)
  done
  wait "${pids[@]}"
}

# floor: the same rounds posted by wrk to bench/uploads/floor.py (socket read, file write and SHA-256 only),
# its CPU per round from /proc: the least the server side of these uploads can cost on this machine
floor() {
  local r up f0 f1 pid floor_base="http://127.0.0.1:$((PORT + 1))"
  mkdir -p "$WORK/store/floor"
  python3 "$ROOT/bench/uploads/floor.py" $((PORT + 1)) "$WORK/store/floor" & pid=$!
  for _ in $(seq 1 100); do curl -s -o /dev/null "$floor_base/" && break; sleep 0.2; done
  for r in $(seq 1 "$ROUNDS"); do
    : > "$WORK/upload-status"
    f0=$(awk -v t="$TICK" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$pid/stat")
    up=$(measure upload_wrk "$r" "$floor_base")
    f1=$(awk -v t="$TICK" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$pid/stat")
    up=$(wrk_figures)
    rm -f "$WORK"/store/floor/*
    echo "$up $f0 $f1" | awk -v r="$r" '{ printf "floor round %d: wall %.2f s, receiver CPU %.2f s, wrk CPU %.2f s\n", r, $1, $4 - $3, $2 }'
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

concurrent_uploads() {
  local bytes r dd up card_pid cpu0 cpu1
  bytes=$(cat "$F"/evidence-10m-00[1-9].pdf | wc -c)
  bytes=$(( bytes / 9 * UPLOADS ))
  mkdir -p "$WORK/store/dd"
  echo "== $UPLOADS concurrent $KIND uploads of 10 MiB against $UPLOADS concurrent dd (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  [ "$KIND" = workplan ] && work_plans
  : > "$WORK/idle"
  for _ in $(seq 1 20); do
    curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total}\n' -b "$PROVINCE" "$BASE$SCORECARD" >> "$WORK/idle"
  done
  echo "| round | dd: wall (throughput), CPU | uploads: wall (throughput), server CPU, $CLIENT CPU | ratio (upload / dd throughput) | CPU ratio (dd / server) | scorecards beside the uploads | load |" \
    | tee -a "$WORK/concurrent"
  echo "| --- | --- | --- | --- | --- | --- | --- |" | tee -a "$WORK/concurrent"
  : > "$WORK/beside-all" && : > "$WORK/cpu"
  for r in $(seq 1 "$ROUNDS"); do
    sync
    dd=$(measure dd_all "$r")
    rm -f "$WORK"/store/dd/*
    : > "$WORK/beside" && : > "$WORK/upload-status"
    upload_paths > "$WORK/paths"
    if [ "${SCORECARDS:-1}" = 1 ]; then scorecards "$WORK/beside" & card_pid=$!; else card_pid=""; fi
    cpu0=$(server_cpu) sys0=$(server_sys)
    if [ "$CLIENT" = wrk ]; then
      up=$(measure upload_wrk "$r")
      # the wall time is wrk's slowest upload (all start at once), its CPU what it spent sending: both
      # without reading and framing the files
      up=$(wrk_figures)
    else
      up=$(measure upload_all "$r")
    fi
    cpu1=$(server_cpu) sys1=$(server_sys)
    [ -n "$card_pid" ] && { kill "$card_pid"; wait "$card_pid" 2>/dev/null || true; }
    cat "$WORK/beside" >> "$WORK/beside-all"
    touch "$WORK/beside"
    grep -qv "^$EXPECTED\$" "$WORK/upload-status" && { echo "an upload failed: $(sort "$WORK/upload-status" | uniq -c)" >&2; FAILED=1; }
    awk -v r="$r" -v d="$dd" -v u="$up" -v s="$cpu0 $cpu1 $sys0 $sys1" -v b="$bytes" -v c="$(latency "$WORK/beside")" \
      -v l="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN { m = 1048576; split(d, dd, " "); split(u, up, " "); split(s, sv, " ");
        server = sv[2] - sv[1];
        printf "| %d | %.2f s (%.0f MiB/s), %.2f s | %.2f s (%.0f MiB/s), %.2f s, %.2f s | %.2f | %.2f | %s | %s |\n",
          r, dd[1], b / m / dd[1], dd[2], up[1], b / m / up[1], server, up[2], dd[1] / up[1], dd[2] / server, c, l;
        # one line per round for the medians: dd CPU, server CPU, client CPU, server system CPU
        printf "%.2f %.2f %.2f %.2f\n", dd[2], server, up[2], sv[4] - sv[3] > "/dev/stderr" }' \
      2>> "$WORK/cpu" | tee -a "$WORK/concurrent"
  done
  median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
  column() { awk -F'|' -v c="$1" 'NR > 2 { split($c, v, " "); print v[1] }' "$WORK/concurrent" | median; }
  cpu() { awk -v c="$1" '{ print $c }' "$WORK/cpu" | median; }
  echo "median of $ROUNDS rounds: dd $(column 3) s, uploads $(column 4) s, ratio $(column 5) (goal ≥ 0.70)," \
    "CPU ratio $(column 6)"
  # what the CPU allows when server and client share the cores with nothing else: dd's CPU over theirs
  echo "CPU per round, median: dd $(cpu 1) s, server $(cpu 2) s (system $(cpu 4) s), $CLIENT $(cpu 3) s;" \
    "dd / (server + $CLIENT) $(awk -v d="$(cpu 1)" -v s="$(cpu 2)" -v c="$(cpu 3)" 'BEGIN { printf "%.2f", d / (s + c) }')"
  [ "${FLOOR:-0}" = 1 ] && [ "$CLIENT" = wrk ] && floor
  echo "scorecard idle:               $(latency "$WORK/idle")"
  echo "scorecard beside the uploads: $(latency "$WORK/beside-all")"
  grep -qv '^200 ' "$WORK/idle" "$WORK/beside-all" && { echo "a scorecard request failed" >&2; FAILED=1; }
  [ "$FAILED" = 0 ] || { echo "the concurrent-upload scenario failed; see $WORK" >&2; KEEP=1; exit 1; }
}
