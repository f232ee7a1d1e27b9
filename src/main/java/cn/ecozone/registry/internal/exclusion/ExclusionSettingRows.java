package cn.ecozone.registry.internal.exclusion;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table {@code exclusion_setting} by plain JDBC; every value bound. */
@Component
public class ExclusionSettingRows {

    /** One stored value. */
    public record Row(
            long id,
            String jurisdiction,
            String regulationCode,
            String exclusionCode,
            String key,
            BigDecimal value,
            String note,
            String setBy,
            Instant setAt,
            long version) {}

    private static final String COLUMNS = "select id, jurisdiction, regulation_code, exclusion_code, setting_key,"
            + " setting_value, note, set_by, set_at, version from exclusion_setting";

    private final JdbcClient jdbc;

    ExclusionSettingRows(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /**
     * The values of the regulations with {@code codes} in one statement, by jurisdiction and regulation
     * code, then {@link ExclusionEvaluator#settingKey}.
     */
    public Map<String, Map<String, BigDecimal>> values(Collection<String> regulationCodes) {
        Map<String, Map<String, BigDecimal>> result = new HashMap<>();
        if (regulationCodes.isEmpty()) {
            return result;
        }
        jdbc.sql("select jurisdiction, regulation_code, exclusion_code, setting_key, setting_value"
                        + " from exclusion_setting where regulation_code in (:codes)")
                .param("codes", List.copyOf(regulationCodes))
                .query((java.sql.ResultSet rs) -> {
                    result.computeIfAbsent(regulation(rs.getString(1), rs.getString(2)), k -> new HashMap<>())
                            .put(ExclusionEvaluator.settingKey(rs.getString(3), rs.getString(4)), rs.getBigDecimal(5));
                });
        return result;
    }

    /** The key of {@link #values}' outer map. */
    public static String regulation(String jurisdiction, String regulationCode) {
        return jurisdiction + "/" + regulationCode;
    }

    /** Every stored row of a jurisdiction. */
    public List<Row> of(String jurisdiction) {
        return jdbc.sql(COLUMNS
                        + " where jurisdiction = :jurisdiction order by regulation_code, exclusion_code, setting_key")
                .param("jurisdiction", jurisdiction)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getLong(10)))
                .list();
    }

    /** The row of one setting, locked for update. */
    public Optional<Row> lock(String jurisdiction, String regulationCode, String exclusionCode, String key) {
        return jdbc.sql(COLUMNS + " where jurisdiction = :j and regulation_code = :r and exclusion_code = :e"
                        + " and setting_key = :k for update")
                .param("j", jurisdiction)
                .param("r", regulationCode)
                .param("e", exclusionCode)
                .param("k", key)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getBigDecimal(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant(),
                        rs.getLong(10)))
                .optional();
    }

    /** Inserts the first value; a concurrent first insert fails on the unique constraint. */
    public void insert(Row row) {
        jdbc.sql("insert into exclusion_setting (jurisdiction, regulation_code, exclusion_code, setting_key,"
                        + " setting_value, note, set_by, set_at, version)"
                        + " values (:j, :r, :e, :k, :v, :note, :by, :at, 0)")
                .param("j", row.jurisdiction())
                .param("r", row.regulationCode())
                .param("e", row.exclusionCode())
                .param("k", row.key())
                .param("v", row.value())
                .param("note", row.note())
                .param("by", row.setBy())
                .param("at", Timestamp.from(row.setAt()))
                .update();
    }

    /** Updates a value if its version is still {@code version}; false when another change came first. */
    public boolean update(long id, long version, BigDecimal value, String note, String setBy, Instant setAt) {
        return jdbc.sql("update exclusion_setting set setting_value = :v, note = :note, set_by = :by, set_at = :at,"
                                + " version = version + 1 where id = :id and version = :version")
                        .param("v", value)
                        .param("note", note)
                        .param("by", setBy)
                        .param("at", Timestamp.from(setAt))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }
}
