package cn.ecozone.bench;

import cn.ecozone.indicator.Attainment;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.EditionDefinition;
import cn.ecozone.indicator.edition.EditionFiles;
import cn.ecozone.indicator.edition.IndicatorDefinition;
import cn.ecozone.indicator.internal.RegionSummaries;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.indicator.target.FactsBuilder;
import cn.ecozone.indicator.target.Outcome;
import cn.ecozone.indicator.target.Target;
import cn.ecozone.indicator.target.TargetSpecs;
import cn.ecozone.region.Terrain;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole country at county level: about 3,000 regions × 40 indicators × 5 years evaluated
 * with the values already in memory (issue 3 §4: under 1 second on 2 cores). The 40 targets are the
 * real ones of the shipped Guizhou index and 2024 city editions, parsed by the production code.
 * The {@code read…} benchmarks read the same country from a database ({@link CountryDatabase}: H2
 * by default, PostgreSQL with {@code BENCH_DB_URL}), with plain JDBC as the baseline (issue 10).
 * Run with {@code bench/country/run.sh} or {@code ./mvnw -Pbench -Dskip.web -DskipTests
 * test-compile exec:exec@bench}; results go to docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EvaluationBenchmark {

    static final int REGIONS = 3_000;
    static final int INDICATORS = 40;
    static final int YEARS = 5;

    private Target[] targets;
    private Facts[][][] facts;

    @Setup
    public void load() throws IOException {
        List<IndicatorDefinition> rows = new ArrayList<>();
        for (String file : List.of("gz-two-mountains-index.yaml", "ecociv-city-2024.yaml")) {
            try (InputStream in = getClass().getResourceAsStream("/indicator-editions/" + file)) {
                EditionDefinition edition = EditionFiles.parse(file, in);
                rows.addAll(edition.indicators());
            }
        }
        targets = new Target[INDICATORS];
        Random random = new Random(20_261_124L);
        Terrain[] terrains = Terrain.values();
        facts = new Facts[REGIONS][INDICATORS][YEARS];
        for (int i = 0; i < INDICATORS; i++) {
            IndicatorDefinition row = rows.get(i);
            targets[i] = TargetSpecs.parse(row.target());
            for (int r = 0; r < REGIONS; r++) {
                Terrain terrain = terrains[r % terrains.length];
                double previous = 40 + random.nextDouble() * 60;
                for (int y = 0; y < YEARS; y++) {
                    double value = Math.min(100, previous + random.nextGaussian() * 3);
                    facts[r][i][y] = facts(row, terrain, value, previous, random);
                    previous = value;
                }
            }
        }
    }

    private static Facts facts(IndicatorDefinition row, Terrain terrain, double value, double previous, Random random) {
        FactsBuilder b = Facts.builder()
                .terrain(terrain)
                .unit(row.unit())
                .previousValue(previous)
                .baselineValue(previous - 1)
                .referenceAverage(70.0, Facts.COMPUTED);
        if (row.valueType() == ValueType.YES_NO) {
            b.flag(random.nextBoolean());
        } else {
            b.value(value);
        }
        if (row.target().get("parts") instanceof List<?> parts) {
            for (Object part : parts) {
                if (part instanceof Map<?, ?> p) {
                    b.part(String.valueOf(p.get("key")), value, previous);
                }
            }
        }
        return b.build();
    }

    /** Statuses of all 600,000 region × indicator × year cells; returns the number met. */
    @Benchmark
    public int evaluateCountry() {
        int met = 0;
        for (Facts[][] region : facts) {
            for (int i = 0; i < INDICATORS; i++) {
                Target target = targets[i];
                for (Facts f : region[i]) {
                    Outcome outcome = target.evaluate(f);
                    if (outcome.status() == Attainment.MET) {
                        met++;
                    }
                }
            }
        }
        return met;
    }

    /** The same, also rendering each reason in Chinese, as the scorecard API does for one region. */
    @Benchmark
    public int evaluateCountryWithReasons() {
        int length = 0;
        for (Facts[][] region : facts) {
            for (int i = 0; i < INDICATORS; i++) {
                Target target = targets[i];
                for (Facts f : region[i]) {
                    length += target.evaluate(f)
                            .reason()
                            .render(Locale.SIMPLIFIED_CHINESE)
                            .length();
                }
            }
        }
        return length;
    }

    /**
     * Baseline of the database reads: the rows and columns of the production read, with plain JDBC
     * (the same fetch size), each column read once.
     */
    @Benchmark
    public long readJdbc(CountryDatabase db) throws SQLException {
        try (Connection c = db.dataSource.getConnection()) {
            return read(c, db);
        }
    }

    private static long read(Connection c, CountryDatabase db) throws SQLException {
        long sum = 0;
        try (PreparedStatement p = c.prepareStatement(db.sql)) {
            p.setFetchSize(2_000);
            db.bind(p);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    sum += rs.getString(1).length() + rs.getString(2).length() + rs.getInt(3);
                    sum += (long) rs.getDouble(4) + (rs.getBoolean(5) ? 1 : 0);
                    String grade = rs.getString(6);
                    String parts = rs.getString(7);
                    sum += (grade == null ? 0 : 1) + (parts == null ? 0 : parts.length());
                }
            }
        } finally {
            c.rollback();
        }
        return sum;
    }

    /**
     * H2 only (elsewhere the baseline again): the baseline in H2's lazy mode, which hands rows over as
     * the scan finds them instead of first building the whole result (beyond {@code MAX_MEMORY_ROWS},
     * about 40,000 per GB of heap, in a temporary file). Not used in production: a lazy scan can fail
     * with "Chunk … not found" (h2database issue 4142, open for 2.3 and 2.4), as it did once here.
     */
    @Benchmark
    public long readJdbcLazy(CountryDatabase db) throws SQLException {
        if (!db.sql.contains("use index")) {
            return readJdbc(db);
        }
        try (Connection c = db.dataSource.getConnection()) {
            try (var s = c.createStatement()) {
                s.execute("set lazy_query_execution true");
            }
            try {
                return read(c, db);
            } finally {
                try (var s = c.createStatement()) {
                    s.execute("set lazy_query_execution false");
                }
            }
        }
    }

    /**
     * H2 only (elsewhere the baseline again), an experiment (issue 10, fourth pass): the baseline in chunks of
     * {@link ChunkedRead#CHUNK} rows in key order, each result small enough to stay in memory, where one result of
     * 600,000 rows goes to a temporary file; one snapshot ({@link ChunkedRead}).
     */
    @Benchmark
    public long readJdbcChunked(CountryDatabase db) throws SQLException {
        if (!db.sql.contains("use index")) {
            return readJdbc(db);
        }
        try (Connection c = db.dataSource.getConnection()) {
            return ChunkedRead.read(c, db);
        }
    }

    /** The production read of the whole country (RegionValueReader): 600,000 values streamed. */
    @Benchmark
    public int readProduction(CountryDatabase db) {
        int[] count = {0};
        db.reader.forEach(
                CountryDatabase.EDITION,
                CountryDatabase.UNDER,
                CountryDatabase.FIRST_YEAR,
                CountryDatabase.FIRST_YEAR,
                CountryDatabase.FIRST_YEAR + YEARS - 1,
                v -> count[0]++);
        return count[0];
    }

    /**
     * The whole country read and judged in production (RegionSummaries): every region's summary of
     * every year, each of the 600,000 cells judged against its year before and the baseline.
     */
    @Benchmark
    public Map<String, RegionSummaries.Summary[]> readAndEvaluate(CountryDatabase db) {
        return db.summaries.evaluate(
                db.model,
                db.regions,
                CountryDatabase.UNDER,
                CountryDatabase.FIRST_YEAR,
                CountryDatabase.FIRST_YEAR + YEARS - 1,
                (region, year) -> db.averages);
    }
}
