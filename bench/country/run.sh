#!/usr/bin/env bash
# Whole-country benchmark (issue 10): 3,000 regions × 40 indicators × 5 years = 600,000 values read
# from the database and evaluated, on H2 and (when BENCH_DB_URL names one) PostgreSQL.
#
#   bench/country/run.sh                       # H2 only (a file under target/bench-country)
#   BENCH_DB_URL=jdbc:postgresql://localhost:5432/ecozone_x BENCH_DB_USER=ecozone BENCH_DB_PASSWORD=… \
#     bench/country/run.sh                     # H2, then PostgreSQL
#   BENCH_FLYWAY_TARGET=54 bench/country/run.sh  # the schema before issue 10 (use a fresh database:
#                                              # rm -rf target/bench-country; a new PostgreSQL database)
#   JMH="-f 1 -wi 5 -i 10" bench/country/run.sh  # other JMH options
#   JMH="-f 1 -wi 2 -i 4 -prof gc" bench/country/run.sh  # also each figure's allocation (MB per operation)
#   ONLY=postgresql BENCH_DB_URL=… bench/country/run.sh  # one database only (h2 or postgresql)
#   NO_BUILD=1 bench/country/run.sh            # the classes as built (a before/after pair in one slot)
#   INCLUDE='EvaluationBenchmark.(readJdbc$|readAndEvaluate)' bench/country/run.sh  # some benchmarks only
#
# Runs EvaluationBenchmark (JMH, src/test/java/cn/ecozone/bench/) and prints per database:
#   readJdbc         plain JDBC read of the rows and columns the evaluation needs (the baseline)
#   readJdbcLazy     the same in H2's lazy mode (PostgreSQL: the baseline again); not used in production
#   readJdbcChunked  the same on H2 in chunks of 20,000 rows in key order, one snapshot (PostgreSQL: the
#                    baseline again); an experiment, not used in production
#   readProduction   RegionValueReader, the production read (one streaming query, no entities)
#   readAndEvaluate  RegionSummaries: the read plus every region's summary of every year
#   evaluateCountry  the evaluation alone, values in memory (no database)
# with each figure's ratio to the baseline of the same run, and the read's plan (EXPLAIN).
# The first run writes the 600,000 values (H2: about a minute; PostgreSQL: longer) and reuses them.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/lib.sh
bench_java

JMH=${JMH:-"-f 1 -wi 3 -i 5"}
INCLUDE=${INCLUDE:-'EvaluationBenchmark.(read|evaluateCountry$)'}
OUT=$(mktemp -d /tmp/ecozone-country-bench.XXXXXX)
trap 'rm -rf "$OUT"' EXIT
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo '(not a git tree)') in $(pwd)"
if [ -z "${NO_BUILD:-}" ]; then
  ./mvnw -q -B -o -Dskip.web -DskipTests install > "$OUT/build.log" 2>&1 || { cat "$OUT/build.log"; exit 1; }
fi

# run NAME URL: the JMH run against one database (URL empty: the H2 file)
run() {
  local name=$1 url=$2
  echo
  echo "== $name"
  BENCH_DB_URL=$url ./mvnw -q -B -o -Pbench -Dskip.web -DskipTests exec:exec@bench \
    -Dbench.args="$JMH -rf csv -rff $OUT/$name.csv" -Dbench.include="$INCLUDE" \
    > "$OUT/$name.log" 2>&1 || { tail -40 "$OUT/$name.log"; exit 1; }
  { grep -m1 -E '^jdbc:' "$OUT/$name.log" || echo '(no plan printed)'; } | cut -c1-400 | sed 's/^/plan: /'
  grep -m1 -E '^chunked:' "$OUT/$name.log" | cut -c1-400 || true
  # rows "…EvaluationBenchmark.NAME" are the times; with -prof gc, "…NAME:gc.alloc.rate.norm" the bytes per operation
  awk -F, 'NR > 1 { gsub(/"/, ""); split($1, full, ":"); sub(/^[^a-z]*/, "", full[2]); n1 = split(full[1], m, "."); name = m[n1]
      if (full[2] == "gc.alloc.rate.norm") { alloc[name] = $5; next }
      if (full[2] != "") next
      score[name] = $5; err[name] = $6; order[++n] = name }
    END {
      base = score["readJdbc"]
      for (i = 1; i <= n; i++) {
        k = order[i]
        a = (k in alloc) ? sprintf("   allocated %8.1f MB/op", alloc[k] / 1e6) : ""
        printf "%-16s %9.1f ms ± %6.1f   ratio to readJdbc %5.2f%s\n", k, score[k], err[k], base ? score[k] / base : 0, a
      }
      if (score["readAndEvaluate"] && score["readProduction"] && score["evaluateCountry"]) {
        own = score["readAndEvaluate"] - score["readProduction"]
        printf "judging in readAndEvaluate (minus readProduction) %.1f ms: %.2f of evaluateCountry\n", own, own / score["evaluateCountry"]
      }
    }' "$OUT/$name.csv"
}
if [ "${ONLY:-h2}" = h2 ]; then run h2 ""; fi
if [ -n "${BENCH_DB_URL:-}" ] && [ "${ONLY:-postgresql}" = postgresql ]; then run postgresql "$BENCH_DB_URL"; fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
