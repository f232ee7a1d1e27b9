import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor of the Excel import benchmark (issue 10, session 9): what the database alone takes to
 * store what an import of the workbook stores, with nothing of ours around it. Against the benchmark's
 * own database (same schema, same indexes, the same demo data, the server stopped), it first deletes
 * the values the import wrote and their history rows (committed, not timed), then inserts the same
 * rows again, one value and one history row per indicator and year, with the writer's columns and
 * types, in JDBC batches of 500 (the import's chunk), in ONE transaction, and commits. Timed: the
 * first insert to the end of the commit. No workbook, no validation, no sequence (ids counted up from
 * above the largest), no progress, no audit.
 *
 * <p>Usage: {@code java -cp H2_OR_PGJDBC_JARS InsertFloor.java URL USER PASSWORD EDITION REGION FIRST LAST
 * [SQL…]} ({@code -Dcopy=true} on PostgreSQL: by COPY instead of batches; {@code -Dwarm=true}: the same inserts once before, rolled back, untimed); each SQL argument runs (committed, not timed) after the delete and before the inserts: an
 * experiment on the schema, such as {@code drop index indicator_value_owner_idx}. Prints {@code
 * values=N history=N ms=M}.
 */
public class InsertFloor {

    static final int CHUNK = 500;

    public static void main(String[] args) throws Exception {
        String edition = args[3];
        String region = args[4];
        int first = Integer.parseInt(args[5]);
        int last = Integer.parseInt(args[6]);
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            String path;
            List<String> codes;
            long id;
            try (Statement s = c.createStatement()) {
                update(c, "delete from indicator_value_history where value_id in (select id from indicator_value"
                        + " where edition_code = ? and region_code = ?)", edition, region);
                update(c, "delete from indicator_value where edition_code = ? and region_code = ?", edition, region);
                c.commit();
                for (int i = 7; i < args.length; i++) {
                    s.execute(args[i]);
                }
                c.commit();
                path = query(c, "select path from region where code = ?", region).getFirst();
                codes = query(c, "select code from indicator where edition_code = ? order by code", edition);
                id = Long.parseLong(query(c, "select greatest((select coalesce(max(id), 0) from indicator_value),"
                                + " (select coalesce(max(id), 0) from indicator_value_history))")
                        .getFirst()) + 1_000_000;
            }
            c.commit();
            boolean copy = Boolean.getBoolean("copy");
            if (Boolean.getBoolean("warm")) {
                // -Dwarm=true: the same inserts once before, rolled back, so that the timed ones run on compiled code
                if (copy) {
                    copy(c, edition, region, path, codes, first, last, id);
                } else {
                    insert(c, edition, region, path, codes, first, last, id);
                }
                c.rollback();
            }
            long start = System.nanoTime();
            int[] counts = copy
                    ? copy(c, edition, region, path, codes, first, last, id)
                    : insert(c, edition, region, path, codes, first, last, id);
            c.commit();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("values=" + counts[0] + " history=" + counts[1] + " ms=" + ms);
        }
    }

    /** Inserts the values and their history rows in batches of {@value #CHUNK}; the counts of each. */
    static int[] insert(Connection c, String edition, String region, String path, List<String> codes, int first,
            int last, long id) throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int values = 0;
        int history = 0;
        try (PreparedStatement v = c.prepareStatement("insert into indicator_value (id, edition_code,"
                        + " indicator_code, region_code, region_path, unit_id, data_year, number_value, flag_value,"
                        + " grade_value, parts, source, note, entered_by, entered_at, synthetic, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                PreparedStatement h = c.prepareStatement("insert into indicator_value_history (id, value_id,"
                        + " changed_at, changed_by, old_value, new_value, reason) values (?, ?, ?, ?, ?, ?, ?)")) {
            List<long[]> chunk = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                for (int i = 0; i < codes.size(); i++) {
                    long valueId = id++;
                    double number = 50 + (i % 50) + (year - first) / 100.0;
                    v.setLong(1, valueId);
                    v.setString(2, edition);
                    v.setString(3, codes.get(i));
                    v.setString(4, region);
                    v.setString(5, path);
                    v.setLong(6, 0);
                    v.setInt(7, year);
                    v.setObject(8, number, Types.DOUBLE);
                    v.setObject(9, null, Types.BOOLEAN);
                    v.setString(10, null);
                    v.setString(11, null);
                    v.setString(12, "统计公报");
                    v.setString(13, null);
                    v.setString(14, "xlht.gov");
                    v.setObject(15, now, Types.TIMESTAMP_WITH_TIMEZONE);
                    v.setBoolean(16, false);
                    v.addBatch();
                    chunk.add(new long[] {valueId, Double.doubleToLongBits(number)});
                    values++;
                    if (chunk.size() == CHUNK) {
                        id = flush(v, h, chunk, id, now);
                        history += CHUNK;
                    }
                }
            }
            if (!chunk.isEmpty()) {
                history += chunk.size();
                id = flush(v, h, chunk, id, now);
            }
        }
        return new int[] {values, history};
    }

    /**
     * PostgreSQL only ({@code -Dcopy=true}): the same rows by pgjdbc's {@code COPY … from stdin (format csv)},
     * one COPY per table and chunk of {@value #CHUNK}, as the import's PostgresCopy sends them.
     */
    static int[] copy(Connection c, String edition, String region, String path, List<String> codes, int first,
            int last, long id) throws Exception {
        org.postgresql.copy.CopyManager copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
        StringBuilder values = new StringBuilder();
        StringBuilder history = new StringBuilder();
        int n = 0;
        int rows = 0;
        long historyId = id + 10_000_000;
        for (int year = first; year <= last; year++) {
            for (int i = 0; i < codes.size(); i++) {
                long valueId = id++;
                double number = 50 + (i % 50) + (year - first) / 100.0;
                values.append(valueId).append(",\"").append(edition).append("\",\"").append(codes.get(i))
                        .append("\",\"").append(region).append("\",\"").append(path).append("\",0,").append(year)
                        .append(',').append(number).append(",,,,\"统计公报\",,\"xlht.gov\",").append(now)
                        .append(",false,0\n");
                history.append(historyId++).append(',').append(valueId).append(',').append(now)
                        .append(",\"xlht.gov\",,\"").append(number).append("\",\"Excel导入\"\n");
                rows++;
                if (++n == CHUNK || (year == last && i == codes.size() - 1)) {
                    copy.copyIn("copy indicator_value (id, edition_code, indicator_code, region_code, region_path,"
                            + " unit_id, data_year, number_value, flag_value, grade_value, parts, source, note,"
                            + " entered_by, entered_at, synthetic, version) from stdin (format csv)",
                            new java.io.StringReader(values.toString()));
                    copy.copyIn("copy indicator_value_history (id, value_id, changed_at, changed_by, old_value,"
                            + " new_value, reason) from stdin (format csv)", new java.io.StringReader(history.toString()));
                    values.setLength(0);
                    history.setLength(0);
                    n = 0;
                }
            }
        }
        return new int[] {rows, rows};
    }

    static void update(Connection c, String sql, String... params) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setString(i + 1, params[i]);
            }
            p.executeUpdate();
        }
    }

    /** The first column of every row, as text. */
    static List<String> query(Connection c, String sql, String... params) throws Exception {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                p.setString(i + 1, params[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1));
                }
            }
        }
        return rows;
    }

    /** The chunk's values, then their history rows, as the import sends them. */
    static long flush(PreparedStatement v, PreparedStatement h, List<long[]> chunk, long id, OffsetDateTime now)
            throws Exception {
        v.executeBatch();
        for (long[] value : chunk) {
            h.setLong(1, id++);
            h.setLong(2, value[0]);
            h.setObject(3, now, Types.TIMESTAMP_WITH_TIMEZONE);
            h.setString(4, "xlht.gov");
            h.setString(5, null);
            h.setString(6, String.valueOf(Double.longBitsToDouble(value[1])));
            h.setString(7, "Excel导入");
            h.addBatch();
        }
        h.executeBatch();
        chunk.clear();
        return id;
    }
}
