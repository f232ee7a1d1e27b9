package cn.ecozone.indicator.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bulk rows by PostgreSQL's {@code COPY … from stdin} (issue 10, import; ADR 0022 as amended in
 * session 9): one COPY per table and chunk instead of a batch of inserts, sent through the pgjdbc
 * connection that the transaction holds (unwrapped from Hikari's proxy), so the rows are part of the
 * caller's transaction and a later refusal rolls them back with the rest (all or nothing). Whether the
 * database is PostgreSQL is asked of the connection once, at the first write; on any other database
 * (H2, the embedded default) {@link #applies()} is false and the writers keep their JDBC batches.
 *
 * <p>Rows are sent as CSV text ({@link CsvRow}): the columns are the writer's own, the values bound by
 * the CSV quoting, never spliced into SQL.
 */
@Component
class PostgresCopy {

    /** Writes one row's fields in the COPY statement's column order. */
    @FunctionalInterface
    interface RowFormat<T> {
        void write(CsvRow row, T value);
    }

    private final JdbcTemplate jdbc;
    private volatile Boolean applies;

    PostgresCopy(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the database is PostgreSQL, so that {@link #copy} can be used (asked once). */
    boolean applies() {
        Boolean known = applies;
        if (known == null) {
            known = jdbc.execute((ConnectionCallback<Boolean>) c -> c.isWrapperFor(PGConnection.class));
            applies = known;
        }
        return known;
    }

    /**
     * Sends {@code rows} by one {@code COPY}, on the connection of the current transaction.
     *
     * @param sql a constant {@code copy <table> (<columns>) from stdin (format csv)}
     * @param rows the rows, at least one
     * @param format writes a row's fields in the statement's column order
     * @return the number of rows the server took
     */
    <T> long copy(String sql, List<T> rows, RowFormat<T> format) {
        CsvRow csv = new CsvRow(rows.size() * 160);
        for (T row : rows) {
            format.write(csv, row);
            csv.end();
        }
        String text = csv.text();
        Long copied = jdbc.execute((ConnectionCallback<Long>) c -> copyIn(c, sql, text));
        return copied == null ? 0 : copied;
    }

    private static long copyIn(Connection connection, String sql, String text) throws SQLException {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text));
        } catch (IOException e) {
            throw new SQLException("COPY could not read its rows", e);
        }
    }
}
