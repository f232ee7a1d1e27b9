#!/usr/bin/env bash
# Where readAndEvaluate (RegionSummaries: the whole country read and judged) spends its CPU: one JMH
# run of that benchmark under JFR (settings=profile), then the JMH worker's execution samples by
# method (bench/country/TopFrames.java). H2 by default; PostgreSQL with BENCH_DB_URL (as run.sh).
#
#   bench/country/profile.sh
#   BENCH_DB_URL=jdbc:postgresql://localhost:5432/ecozone_x BENCH_DB_USER=ecozone BENCH_DB_PASSWORD=… \
#     bench/country/profile.sh
#   MATCH='.*(cn\.ecozone|jackson).*' bench/country/profile.sh   # which methods the inclusive list shows
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
bench_java

OUT=$(mktemp -d /tmp/ecozone-country-profile.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q -B -o -Dskip.web -DskipTests install > "$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
./mvnw -q -B -o -Pbench -Dskip.web -DskipTests exec:exec@bench \
  -Dbench.args="-f 1 -wi 1 -i 3 -w 3s -r 6s -jvmArgsAppend -XX:StartFlightRecording=filename=$OUT/rec.jfr,settings=profile" \
  -Dbench.include='EvaluationBenchmark.readAndEvaluate' > "$OUT/run.log" 2>&1 || { tail -40 "$OUT/run.log"; exit 1; }
grep -A2 '^Benchmark' "$OUT/run.log" || true
java bench/country/TopFrames.java "$OUT/rec.jfr" "${MATCH:-.*(cn\.ecozone|tools\.jackson\.databind\.ObjectMapper|org\.h2\.command|org\.postgresql\.jdbc\.PgResultSet).*}"
