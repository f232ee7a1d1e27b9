package cn.ecozone.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@link EvaluationBenchmark#readJdbcChunked}, an experiment on H2 (issue 10, fourth pass): the rows and columns of
 * the baseline read in chunks of {@link #CHUNK} in primary-key order (keyset: {@code id > last}), in one transaction
 * at repeatable read, so one snapshot. The statement names the primary key's index, which H2 names itself when the
 * table is made, so it is looked up in the catalogue: without the hint H2 takes {@code indicator_value_unit_idx} and
 * sorts; with {@code use index ()} it scans the primary key from its start for every chunk. The plan is printed once
 * (line {@code chunked:}, shown by {@code bench/country/run.sh}).
 */
final class ChunkedRead {

    /** Below H2's {@code MAX_MEMORY_ROWS} (40,000 per GB of heap), so a chunk's result stays in memory. */
    static final int CHUNK = 20_000;

    private static final String SQL = "select region_code, indicator_code, data_year, number_value, flag_value,"
            + " grade_value, parts, id from indicator_value use index (\"%s\") where edition_code = ? and unit_id = 0"
            + " and region_path like ? and (data_year = ? or data_year between ? and ?) and id > ? order by id"
            + " fetch first ? rows only";

    private static volatile boolean planShown;

    private ChunkedRead() {}

    /** Reads every chunk on {@code c} (H2); returns the baseline's checksum of the rows. */
    static long read(Connection c, CountryDatabase db) throws SQLException {
        int isolation = c.getTransactionIsolation();
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            String sql = SQL.formatted(primaryKeyIndex(c));
            showPlan(c, sql, db);
            long sum = 0;
            long last = Long.MIN_VALUE;
            int rows;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                do {
                    bind(p, db, last);
                    rows = 0;
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            sum += rs.getString(1).length() + rs.getString(2).length() + rs.getInt(3);
                            sum += (long) rs.getDouble(4) + (rs.getBoolean(5) ? 1 : 0);
                            String grade = rs.getString(6);
                            String parts = rs.getString(7);
                            sum += (grade == null ? 0 : 1) + (parts == null ? 0 : parts.length());
                            last = rs.getLong(8);
                            rows++;
                        }
                    }
                } while (rows == CHUNK);
            }
            return sum;
        } finally {
            c.rollback();
            c.setTransactionIsolation(isolation);
        }
    }

    private static void bind(PreparedStatement p, CountryDatabase db, long after) throws SQLException {
        db.bind(p);
        p.setLong(6, after);
        p.setInt(7, CHUNK);
    }

    /** The name of indicator_value's primary key index (H2), from the catalogue. */
    private static String primaryKeyIndex(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select index_name from information_schema.indexes"
                        + " where table_name = 'indicator_value' and index_type_name = 'PRIMARY KEY'");
                ResultSet rs = p.executeQuery()) {
            rs.next();
            String name = rs.getString(1);
            if (!name.matches("[A-Za-z0-9_]+")) {
                throw new IllegalStateException("unexpected index name " + name);
            }
            return name;
        }
    }

    private static void showPlan(Connection c, String sql, CountryDatabase db) throws SQLException {
        if (planShown) {
            return;
        }
        planShown = true;
        try (PreparedStatement p = c.prepareStatement("explain " + sql)) {
            bind(p, db, Long.MIN_VALUE);
            try (ResultSet rs = p.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1).replaceAll("\\s+", " ")).append(' ');
                }
                System.out.println("\nchunked: " + plan.toString().strip());
            }
        }
    }
}
