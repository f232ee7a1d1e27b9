package cn.ecozone.registry;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Inserts register records straight into {@code register_record} for the exclusion ITs (the registry's
 * entity and endpoints are built in parallel). Each test uses dates of its own years so that it sees only
 * its own records in the shared database.
 */
final class RegisterRows {

    private final SimpleJdbcInsert records;
    private final SimpleJdbcInsert tasks;

    RegisterRows(JdbcTemplate jdbc) {
        this.records =
                new SimpleJdbcInsert(jdbc).withTableName("register_record").usingGeneratedKeyColumns("id");
        this.tasks = new SimpleJdbcInsert(jdbc).withTableName("register_task").usingGeneratedKeyColumns("id");
    }

    /** A record with the columns every kind has; {@code extra} adds the kind's own (level, major, …). */
    long insert(
            RegisterKind kind,
            String regionCode,
            String regionPath,
            LocalDate on,
            String state,
            Map<String, Object> extra) {
        Map<String, Object> row = new HashMap<>();
        row.put("kind", kind.name());
        row.put("region_code", regionCode);
        row.put("region_path", regionPath);
        row.put("occurred_on", Date.valueOf(on));
        row.put("summary", "排除情形测试：" + kind + " " + on);
        row.put("source_number", "测试〔" + on.getYear() + "〕1号");
        row.put("source_date", Date.valueOf(on));
        row.put("source_issuer", "自治区生态环境厅");
        row.put("state", state);
        row.put("entered_by", "exclusions-it");
        row.put("created_at", Timestamp.from(Instant.now()));
        row.put("updated_at", Timestamp.from(Instant.now()));
        row.put("version", 0L);
        row.putAll(extra);
        return records.executeAndReturnKey(row).longValue();
    }

    long falsification(String regionCode, String regionPath, LocalDate on, String state) {
        return insert(RegisterKind.DATA_FALSIFICATION, regionCode, regionPath, on, state, Map.of());
    }

    void task(long recordId, int position, LocalDate plannedOn, LocalDate completedOn) {
        Map<String, Object> row = new HashMap<>();
        row.put("record_id", recordId);
        row.put("position", position);
        row.put("description", "整改任务" + position);
        row.put("planned_on", Date.valueOf(plannedOn));
        row.put("completed_on", completedOn == null ? null : Date.valueOf(completedOn));
        tasks.execute(row);
    }
}
