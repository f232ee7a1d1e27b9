package cn.ecozone.indicator.internal;

import java.sql.DatabaseMetaData;
import java.util.Collection;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Streams the regions' own values of an edition for many regions at once (a ranking, the whole
 * country) in one query with only the columns the evaluation needs: no entities, no persistence
 * context, rows handed over one by one as the driver fetches them (issue 10, "whole country").
 * PostgreSQL streams in batches of {@link #FETCH_SIZE} rows only inside a transaction; outside one,
 * the driver reads the whole result first.
 */
@Component
public class RegionValueReader {

    /** Rows per round trip while streaming. */
    static final int FETCH_SIZE = 2_000;

    // The years are one bound range plus the baseline year, never an IN list (H2 tests an IN list row
    // by row). The read wants most of the table, so a scan of the table is the fastest plan. PostgreSQL
    // finds that itself; H2 takes any index with an equality on its first column (it assumes at least
    // 1 % distinct values, so unit_id = 0 looks selective) and then looks every row up in the table,
    // 2-4x slower than its scan: on H2 the read names the scan (USE INDEX with no index).
    private static final String SQL = """
            select region_code, indicator_code, data_year, number_value, flag_value, grade_value, parts
              from indicator_value
             where edition_code = :edition and unit_id = 0 and region_path like :under
               and (data_year = :baseline or data_year between :from and :to)
            """;
    private static final String SQL_H2 = """
            select region_code, indicator_code, data_year, number_value, flag_value, grade_value, parts
              from indicator_value use index ()
             where edition_code = :edition and unit_id = 0 and region_path like :under
               and (data_year = :baseline or data_year between :from and :to)
            """;

    // A ranking wants a few regions' own values: the owner key (edition_code, region_code, unit_id,
    // data_year) finds them on both databases, where the path scan read the whole table on H2
    // (issue 10, docs/performance.md "Reads, third pass").
    private static final String SQL_OF = """
            select region_code, indicator_code, data_year, number_value, flag_value, grade_value, parts
              from indicator_value
             where edition_code = :edition and region_code in (:regions) and unit_id = 0
               and (data_year = :baseline or data_year between :from and :to)
            """;

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile String sql;

    public RegionValueReader(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
        this.dataSource = dataSource;
    }

    /** The statement for the database at hand (asked once, at the first read). */
    String sql() {
        if (sql == null) {
            try {
                String product =
                        JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
                sql = "H2".equals(product) ? SQL_H2 : SQL;
            } catch (MetaDataAccessException e) {
                throw new IllegalStateException("cannot tell the database", e);
            }
        }
        return sql;
    }

    /**
     * Hands {@code sink} every value held by a region itself (not its construction units) for the
     * edition, under the region path pattern (bound, e.g. {@code /52/%}, {@code /%} for the whole
     * country), in the years {@code from} to {@code to} and the baseline year, in no particular order.
     */
    public void forEach(String edition, String under, int baseline, int from, int to, Consumer<ValueRow> sink) {
        jdbc.sql(sql())
                .param("edition", edition)
                .param("under", under)
                .param("baseline", baseline)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    sink.accept(row(rs));
                });
    }

    /**
     * As {@link #forEach}, for the values held by the regions {@code regions} themselves (by code; not
     * empty, at most {@link #MAX_CODES}).
     */
    public void forEachOf(
            String edition, Collection<String> regions, int baseline, int from, int to, Consumer<ValueRow> sink) {
        jdbc.sql(SQL_OF)
                .param("edition", edition)
                .param("regions", regions)
                .param("baseline", baseline)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    sink.accept(row(rs));
                });
    }

    /** The most region codes {@link #forEachOf} binds in one statement. */
    public static final int MAX_CODES = 1_000;

    private static ValueRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        double number = rs.getDouble(4);
        Double numberValue = rs.wasNull() ? null : number;
        boolean flag = rs.getBoolean(5);
        Boolean flagValue = rs.wasNull() ? null : flag;
        return new ValueRow(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                numberValue,
                flagValue,
                rs.getString(6),
                rs.getString(7));
    }
}
