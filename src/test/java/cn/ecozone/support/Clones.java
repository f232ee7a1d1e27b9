package cn.ecozone.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Many rows fast for list tests: copies of a template row written in one JDBC batch, each copy changed
 * by the caller (the generated id left out), so that a test has 1,000 rows in a second, not in 1,000
 * HTTP calls.
 */
public final class Clones {

    private Clones() {}

    /**
     * Inserts {@code n} copies of the row of {@code table} whose id is {@code templateId}; {@code
     * change} gets the copy's index and its columns (by lower-case name) to change.
     */
    public static void of(
            JdbcTemplate jdbc, String table, long templateId, int n, BiConsumer<Integer, Map<String, Object>> change) {
        Map<String, Object> template = new HashMap<>();
        jdbc.queryForMap("select * from " + checked(table) + " where id = ?", templateId)
                .forEach((column, value) -> template.put(column.toLowerCase(java.util.Locale.ROOT), value));
        template.remove("id");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, Object> row = new HashMap<>(template);
            change.accept(i, row);
            rows.add(row);
        }
        var insert = new SimpleJdbcInsert(jdbc)
                .withTableName(table)
                .usingColumns(template.keySet().toArray(String[]::new));
        @SuppressWarnings("unchecked")
        Map<String, ?>[] batch = rows.toArray(Map[]::new);
        insert.executeBatch(batch);
    }

    /** Table names come from the tests themselves; this keeps them to plain identifiers. */
    private static String checked(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        return table;
    }
}
