package cn.ecozone.indicator.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes value history rows in bulk by one plain JDBC batch (an Excel import: issue 10, ADR 0022),
 * with ids from the entity's own pooled sequence ({@link PooledIds}). Only ever inserts, as the
 * entity. Runs inside the caller's transaction, after the values the rows refer to are written
 * ({@link ValueRows}).
 */
@Component
public class ValueHistoryRows {

    private static final String INSERT = "insert into indicator_value_history (id, value_id, changed_at,"
            + " changed_by, old_value, new_value, reason, changed_by_org) values (?, ?, ?, ?, ?, ?, ?, ?)";

    @PersistenceContext
    private EntityManager entityManager;

    private final JdbcTemplate jdbc;

    ValueHistoryRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts the rows, which are not persisted.
     *
     * @param rows changes of values that are written already
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(List<ValueHistoryEntity> rows) {
        if (rows.isEmpty()) {
            return;
        }
        PooledIds ids = new PooledIds(entityManager, ValueHistoryEntity.class);
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, h) -> {
            ps.setLong(1, ids.next());
            ps.setLong(2, h.valueId());
            ps.setObject(3, ValueRows.utc(h.changedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            ps.setString(4, h.changedBy());
            ps.setString(5, h.oldValue());
            ps.setString(6, h.newValue());
            ps.setString(7, h.reason());
            ps.setString(8, h.changedByOrg());
        });
    }
}
