package cn.ecozone.indicator.internal;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads one owner's values (a region's own, or one construction unit's) in a range of years, with the
 * seven columns a scorecard or a trend needs, in one statement that the key {@code (edition_code,
 * region_code, unit_id, data_year)} answers (V55). No entities: a scorecard only reads, and building
 * entities with their persistence-context snapshots cost a third of its time (issue 10,
 * docs/performance.md "Reads, third pass").
 */
@Component
class OwnerValueReader {

    private static final String SQL = """
            select indicator_code, data_year, number_value, flag_value, grade_value, parts, synthetic
              from indicator_value
             where edition_code = :edition and region_code = :region and unit_id = :unit
               and data_year between :from and :to
            """;

    private final JdbcClient jdbc;

    OwnerValueReader(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The values of {@code region}'s construction unit {@code unit} ({@link ValueOwner#REGION_ITSELF}
     * for the region's own) for the edition, from {@code from} to {@code to} inclusive.
     */
    List<OwnerValue> values(String edition, String region, long unit, int from, int to) {
        return jdbc.sql(SQL)
                .param("edition", edition)
                .param("region", region)
                .param("unit", unit)
                .param("from", from)
                .param("to", to)
                .query((rs, row) -> {
                    double number = rs.getDouble(3);
                    Double numberValue = rs.wasNull() ? null : number;
                    boolean flag = rs.getBoolean(4);
                    Boolean flagValue = rs.wasNull() ? null : flag;
                    return new OwnerValue(
                            rs.getString(1),
                            rs.getInt(2),
                            numberValue,
                            flagValue,
                            rs.getString(5),
                            rs.getString(6),
                            rs.getBoolean(7));
                })
                .list();
    }
}
