package cn.ecozone.audit.internal;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays someone with write access to the database: edits, deletes and re-computes audit rows with
 * plain SQL, and restores them afterwards. On PostgreSQL the append-only trigger is disabled for the
 * tampering transaction only (the table owner may; the application code never does).
 */
public final class ChainTamperer {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final boolean postgres;
    private List<Map<String, Object>> saved;
    private Map<String, Object> savedHead;

    public ChainTamperer(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }

    public boolean postgres() {
        return postgres;
    }

    /** Saves the rows from {@code sequence} on and the head, to {@link #restore()} them later. */
    public ChainTamperer save(long sequence) {
        saved = jdbc.queryForList("select * from audit_record where sequence >= ? order by sequence", sequence);
        savedHead = jdbc.queryForMap("select * from audit_chain_head where id = 1");
        return this;
    }

    /** Runs SQL against the audit table as the owner, bypassing the append-only trigger. */
    public void sql(String sql, Object... args) {
        asOwner(() -> jdbc.update(sql, args));
    }

    /** Deletes the newest {@code n} records and points the head at the record before them. */
    public void deleteNewest(int n) {
        asOwner(() -> {
            long max = jdbc.queryForObject("select max(sequence) from audit_record", Long.class);
            jdbc.update("delete from audit_record where sequence > ?", max - n);
            Map<String, Object> last =
                    jdbc.queryForMap("select sequence, hash, key_id from audit_record where sequence = ?", max - n);
            jdbc.update(
                    "update audit_chain_head set last_sequence = ?, last_hash = ?, last_key_id = ? where id = 1",
                    last.get("sequence"),
                    last.get("hash"),
                    last.get("key_id"));
        });
    }

    /**
     * Re-computes every hash from {@code sequence} on, as the application would: with the key when
     * {@code keys} is given (an attacker who stole it), else with the unkeyed SM3 of old.
     */
    public void recompute(long sequence, AuditKeys keys) {
        asOwner(() -> {
            String previous = jdbc
                    .queryForList("select hash from audit_record where sequence = ?", String.class, sequence - 1)
                    .stream()
                    .findFirst()
                    .orElse(null);
            String keyId = null;
            for (Map<String, Object> row :
                    jdbc.queryForList("select * from audit_record where sequence >= ? order by sequence", sequence)) {
                keyId = keys == null ? null : (String) row.get("key_id");
                AuditRecordEntity record = new AuditRecordEntity(
                        ((Number) row.get("sequence")).longValue(),
                        instant(row.get("occurred_at")),
                        new Draft(
                                (String) row.get("username"),
                                (String) row.get("role"),
                                (String) row.get("organization"),
                                (String) row.get("region_code"),
                                (String) row.get("action"),
                                (String) row.get("target"),
                                Outcome.valueOf((String) row.get("outcome")),
                                ((Number) row.get("status")).intValue(),
                                (String) row.get("client_address"),
                                (String) row.get("reason")),
                        (String) row.get("changes"),
                        previous,
                        keys,
                        keyId);
                jdbc.update(
                        "update audit_record set previous_hash = ?, hash = ?, key_id = ? where sequence = ?",
                        previous,
                        record.hash(),
                        keyId,
                        record.sequence());
                jdbc.update(
                        "update audit_chain_head set last_sequence = ?, last_hash = ?, last_key_id = ? where id = 1",
                        record.sequence(),
                        record.hash(),
                        keyId);
                previous = record.hash();
            }
        });
    }

    /** Puts the saved rows and head back. */
    public void restore() {
        asOwner(() -> {
            long from = ((Number) saved.getFirst().get("sequence")).longValue();
            jdbc.update("delete from audit_record where sequence >= ?", from);
            for (Map<String, Object> row : saved) {
                String columns = String.join(",", row.keySet());
                String marks =
                        String.join(",", row.keySet().stream().map(k -> "?").toList());
                jdbc.update(
                        "insert into audit_record (" + columns + ") values (" + marks + ")",
                        row.values().toArray());
            }
            jdbc.update(
                    "update audit_chain_head set last_sequence = ?, last_hash = ?, last_key_id = ? where id = 1",
                    savedHead.get("last_sequence"),
                    savedHead.get("last_hash"),
                    savedHead.get("last_key_id"));
        });
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
    }

    private void asOwner(Runnable work) {
        tx.executeWithoutResult(status -> {
            if (postgres) {
                jdbc.execute("alter table audit_record disable trigger user");
            }
            work.run();
            if (postgres) {
                jdbc.execute("alter table audit_record enable trigger user");
            }
        });
    }
}
