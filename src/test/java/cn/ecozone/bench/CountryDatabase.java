package cn.ecozone.bench;

import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.EditionDefinition;
import cn.ecozone.indicator.edition.EditionFiles;
import cn.ecozone.indicator.edition.IndicatorDefinition;
import cn.ecozone.indicator.edition.ValueRange;
import cn.ecozone.indicator.internal.EditionEntity;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ReferenceAverage;
import cn.ecozone.indicator.internal.RegionSummaries;
import cn.ecozone.indicator.internal.RegionValueReader;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.indicator.target.TargetSpecs;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole country in a database for {@link EvaluationBenchmark}'s read benchmarks: 3,000 county
 * regions × 40 indicators (the real targets of the benchmark's editions) × 5 years = 600,000 values
 * in {@code indicator_value}, the schema migrated by the application's own Flyway migrations.
 * The database is {@code -Dbench.db.url} (with {@code bench.db.user}/{@code bench.db.password}),
 * else the environment's {@code BENCH_DB_URL} (with {@code BENCH_DB_USER}/{@code BENCH_DB_PASSWORD};
 * the environment reaches JMH's forked JVM), else an H2 file under {@code target/bench-country}. The
 * values are written once and reused while their count is right. {@code BENCH_FLYWAY_TARGET=54}
 * migrates only up to V54: the schema before issue 10 (on a fresh database).
 */
@State(Scope.Benchmark)
public class CountryDatabase {

    static final String EDITION = "BENCH-COUNTRY";
    static final int FIRST_YEAR = 2021;
    static final String UNDER = "/BC0000/%";
    /** The plain-JDBC baseline: the rows, columns and plan of the production read (RegionValueReader). */
    private static final String SQL = "select region_code, indicator_code, data_year, number_value, flag_value,"
            + " grade_value, parts from indicator_value where edition_code = ? and unit_id = 0 and region_path"
            + " like ? and (data_year = ? or data_year between ? and ?)";

    private static final String SQL_H2 = "select region_code, indicator_code, data_year, number_value, flag_value,"
            + " grade_value, parts from indicator_value use index () where edition_code = ? and unit_id = 0 and"
            + " region_path like ? and (data_year = ? or data_year between ? and ?)";

    /** The baseline's statement: the production read's, with positional parameters. */
    String sql;

    HikariDataSource dataSource;
    EditionModel model;
    Map<String, Region> regions;
    RegionValueReader reader;
    RegionSummaries summaries;
    Map<String, ReferenceAverage> averages;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        String url = setting("bench.db.url", "BENCH_DB_URL", null);
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(
                url != null
                        ? url
                        : "jdbc:h2:file:./target/bench-country/ecozone;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                                + "DEFAULT_NULL_ORDERING=HIGH");
        dataSource.setUsername(url == null ? "sa" : setting("bench.db.user", "BENCH_DB_USER", "ecozone"));
        dataSource.setPassword(url == null ? "" : setting("bench.db.password", "BENCH_DB_PASSWORD", ""));
        dataSource.setMaximumPoolSize(2);
        // as in a read-only transaction of the application: PostgreSQL streams by the fetch size only so
        dataSource.setAutoCommit(false);
        boolean postgres = dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
        sql = postgres ? SQL : SQL_H2;
        var flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/" + (postgres ? "postgresql" : "h2"));
        String target = setting("bench.flyway.target", "BENCH_FLYWAY_TARGET", null);
        if (target != null) {
            // "54": the last migration up to 54, however the others are numbered
            MigrationVersion limit = MigrationVersion.fromVersion(target);
            java.util.Arrays.stream(flyway.load().info().all())
                    .map(MigrationInfo::getVersion)
                    .filter(v -> v != null && !v.isNewerThan(limit.getVersion()))
                    .max(MigrationVersion::compareTo)
                    .ifPresent(flyway::target);
        }
        flyway.load().migrate();
        List<IndicatorDefinition> rows = indicators();
        model = model(rows);
        regions = new LinkedHashMap<>();
        Terrain[] terrains = Terrain.values();
        for (int r = 1; r <= EvaluationBenchmark.REGIONS; r++) {
            String code = "BC%04d".formatted(r);
            regions.put(
                    code,
                    new Region(
                            code,
                            "基准县" + r,
                            RegionLevel.COUNTY,
                            "BC0000",
                            "/BC0000/" + code + "/",
                            false,
                            terrains[r % terrains.length],
                            false,
                            null,
                            null,
                            false,
                            0));
        }
        averages = new LinkedHashMap<>();
        model.rows().forEach(row -> averages.put(row.code(), new ReferenceAverage(70.0, Facts.COMPUTED)));
        JsonMapper json = JsonMapper.builder().build();
        reader = new RegionValueReader(dataSource);
        summaries = new RegionSummaries(reader, json);
        try (Connection c = dataSource.getConnection()) {
            if (count(c)
                    != (long) EvaluationBenchmark.REGIONS
                            * EvaluationBenchmark.INDICATORS
                            * EvaluationBenchmark.YEARS) {
                write(c, rows);
            }
            try (var s = c.createStatement()) {
                s.execute("analyze");
            }
            c.commit();
        }
        System.out.println("\n" + dataSource.getJdbcUrl() + ": " + plan());
    }

    @TearDown(Level.Trial)
    public void close() {
        dataSource.close();
    }

    /** The database's plan of the read, one line. */
    String plan() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("explain " + sql)) {
            bind(p);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1).replaceAll("\\s+", " ")).append(' ');
                }
            }
            c.rollback();
            return plan.toString().strip();
        }
    }

    void bind(PreparedStatement p) throws SQLException {
        p.setString(1, EDITION);
        p.setString(2, UNDER);
        p.setInt(3, FIRST_YEAR);
        p.setInt(4, FIRST_YEAR);
        p.setInt(5, FIRST_YEAR + EvaluationBenchmark.YEARS - 1);
    }

    private static String setting(String property, String env, String otherwise) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? otherwise : value;
    }

    static List<IndicatorDefinition> indicators() throws IOException {
        List<IndicatorDefinition> rows = new ArrayList<>();
        for (String file : List.of("gz-two-mountains-index.yaml", "ecociv-city-2024.yaml")) {
            try (InputStream in = CountryDatabase.class.getResourceAsStream("/indicator-editions/" + file)) {
                rows.addAll(EditionFiles.parse(file, in).indicators());
            }
        }
        return rows.subList(0, EvaluationBenchmark.INDICATORS);
    }

    private static EditionModel model(List<IndicatorDefinition> rows) {
        EditionDefinition definition = new EditionDefinition(
                EDITION,
                1,
                "全国县域基准",
                null,
                null,
                null,
                null,
                false,
                null,
                true,
                List.of(RegionLevel.COUNTY),
                null,
                FIRST_YEAR,
                FIRST_YEAR + EvaluationBenchmark.YEARS - 1,
                null,
                List.of());
        EditionEntity edition = EditionEntity.shipped(definition, "COUNTY", Instant.now());
        Map<String, EditionModel.Row> byCode = new LinkedHashMap<>();
        for (IndicatorDefinition d : rows) {
            byCode.put(
                    d.code(),
                    new EditionModel.Row(
                            d.code(),
                            d.number(),
                            d.groupCode(),
                            null,
                            d.nameZh(),
                            d.nameEn(),
                            d.unit(),
                            d.valueType(),
                            d.binding(),
                            null,
                            d.targetTextZh(),
                            TargetSpecs.parse(d.target()),
                            d.uncertain(),
                            d.weight(),
                            "ABOVE_REFERENCE_AVERAGE".equals(d.targetKind()),
                            d.grades(),
                            ValueRange.of(d.range(), d.valueType(), d.unit()),
                            false));
        }
        return new EditionModel(edition, List.copyOf(byCode.values()), Map.copyOf(byCode));
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select count(*) from indicator_value where edition_code = ?")) {
            p.setString(1, EDITION);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Writes the edition, the regions and the 600,000 values (values as in EvaluationBenchmark). */
    private static void write(Connection c, List<IndicatorDefinition> rows) throws SQLException {
        System.out.println("\nwriting 600,000 values …");
        Timestamp now = Timestamp.from(Instant.now());
        try (var s = c.prepareStatement("delete from indicator_value where edition_code = ?")) {
            s.setString(1, EDITION);
            s.executeUpdate();
        }
        BenchRows.edition(c, EDITION, FIRST_YEAR, FIRST_YEAR + EvaluationBenchmark.YEARS - 1, now);
        BenchRows.regions(c, EvaluationBenchmark.REGIONS);
        Random random = new Random(20_261_124L);
        try (PreparedStatement p = c.prepareStatement("insert into indicator_value (edition_code, indicator_code,"
                + " region_code, region_path, unit_id, data_year, number_value, flag_value, parts, entered_by,"
                + " entered_at, synthetic, version) values (?, ?, ?, ?, 0, ?, ?, ?, ?, 'bench', ?, true, 0)")) {
            int batch = 0;
            for (int r = 1; r <= EvaluationBenchmark.REGIONS; r++) {
                String code = "BC%04d".formatted(r);
                for (IndicatorDefinition row : rows) {
                    double previous = 40 + random.nextDouble() * 60;
                    for (int y = 0; y < EvaluationBenchmark.YEARS; y++) {
                        double value = Math.min(100, previous + random.nextGaussian() * 3);
                        p.setString(1, EDITION);
                        p.setString(2, row.code());
                        p.setString(3, code);
                        p.setString(4, "/BC0000/" + code + "/");
                        p.setInt(5, FIRST_YEAR + y);
                        boolean flag = row.valueType() == ValueType.YES_NO;
                        if (flag) {
                            p.setNull(6, java.sql.Types.DOUBLE);
                            p.setBoolean(7, random.nextBoolean());
                        } else {
                            p.setDouble(6, value);
                            p.setNull(7, java.sql.Types.BOOLEAN);
                        }
                        p.setString(8, BenchRows.parts(row, value));
                        p.setTimestamp(9, now);
                        p.addBatch();
                        previous = value;
                        if (++batch % 5_000 == 0) {
                            p.executeBatch();
                            c.commit();
                        }
                    }
                }
            }
            p.executeBatch();
            c.commit();
        }
    }
}
