package cn.ecozone.region.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Loads the generated division codes ({@code data/regions.csv}, see docs/data-sources.md) into the
 * region table, computing each region's materialized path. Runs once, like any migration; later
 * code lists come as new migrations.
 */
@Component
public class V2__LoadRegions extends BaseJavaMigration {

    static final String RESOURCE = "data/regions.csv";
    static final String HEADER = "code,name,level,parent_code,functional_zone";

    @Override
    public void migrate(Context context) throws Exception {
        List<String[]> rows = CsvRows.read(RESOURCE, HEADER);
        Map<String, String> parents = new HashMap<>();
        Set<String> withChildren = new HashSet<>();
        for (String[] row : rows) {
            parents.put(row[0], row[3]);
            if (!row[3].isEmpty()) {
                withChildren.add(row[3]);
            }
        }
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into region (code, name, level, parent_code, path, functional_zone, terrain,"
                        + " key_ecological_function_area, has_children, version)"
                        + " values (?, ?, ?, ?, ?, ?, 'UNKNOWN', false, ?, 0)")) {
            int batch = 0;
            for (String[] row : rows) {
                insert.setString(1, row[0]);
                insert.setString(2, row[1]);
                insert.setString(3, row[2]);
                insert.setString(4, row[3].isEmpty() ? null : row[3]);
                insert.setString(5, path(row[0], parents));
                insert.setBoolean(6, Boolean.parseBoolean(row[4]));
                insert.setBoolean(7, withChildren.contains(row[0]));
                insert.addBatch();
                if (++batch % 500 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static String path(String code, Map<String, String> parents) {
        StringBuilder path = new StringBuilder(code).append('/');
        for (String parent = parents.get(code); parent != null && !parent.isEmpty(); parent = parents.get(parent)) {
            path.insert(0, parent + "/");
        }
        return path.insert(0, '/').toString();
    }
}
