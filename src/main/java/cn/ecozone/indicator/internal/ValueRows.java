package cn.ecozone.indicator.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes values in bulk by plain JDBC batches (an Excel import: issue 10, ADR 0022), with what the
 * entity guarantees when Hibernate writes it: ids from the entity's own pooled sequence ({@link
 * PooledIds}), version 0 for a new value and one more for each change, an update only of the version
 * that was read (optimistic locking), the owner columns (edition, region, path, unit, year) and who
 * entered it when. The values are {@link ValueEntity} objects that are not managed: the caller has
 * checked the entry rules and entered them ({@link ValueEntity#enter}, {@link ValueEntity#enterGrade}),
 * and writes their history rows with {@link ValueHistoryRows}. Runs inside the caller's transaction,
 * on its connection: all or nothing.
 */
@Component
public class ValueRows {

    private static final String INSERT = "insert into indicator_value (id, edition_code, indicator_code,"
            + " region_code, region_path, unit_id, data_year, number_value, flag_value, grade_value, parts,"
            + " source, note, entered_by, entered_at, entered_by_org, synthetic, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";

    private static final String UPDATE = "update indicator_value set number_value = ?, flag_value = ?,"
            + " grade_value = ?, parts = ?, source = ?, note = ?, entered_by = ?, entered_at = ?,"
            + " entered_by_org = ?, version = version + 1 where id = ? and version = ?";

    @PersistenceContext
    private EntityManager entityManager;

    private final JdbcTemplate jdbc;

    ValueRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts new values in one JDBC batch, each with a fresh id (set on the object, so that its
     * history row can refer to it) and version 0.
     *
     * @param values values without an id, not persisted, entered
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void insert(List<ValueEntity> values) {
        if (values.isEmpty()) {
            return;
        }
        PooledIds ids = new PooledIds(entityManager, ValueEntity.class);
        values.forEach(value -> value.assignId(ids.next()));
        jdbc.batchUpdate(INSERT, values, values.size(), (ps, v) -> {
            ps.setLong(1, v.id());
            ps.setString(2, v.editionCode());
            ps.setString(3, v.indicatorCode());
            ps.setString(4, v.regionCode());
            ps.setString(5, v.regionPath());
            ps.setLong(6, v.unitId());
            ps.setInt(7, v.year());
            entered(ps, 8, v);
            ps.setBoolean(17, v.synthetic());
        });
    }

    /**
     * Writes changed held values in one JDBC batch, each only if it still has the version it was read
     * with, and counts that version up.
     *
     * @param values held values, read in this transaction and no longer managed, entered anew
     * @throws ObjectOptimisticLockingFailureException when another change of one of them came first
     *     (the transaction is then to roll back)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(List<ValueEntity> values) {
        if (values.isEmpty()) {
            return;
        }
        int[][] counts = jdbc.batchUpdate(UPDATE, values, values.size(), (ps, v) -> {
            entered(ps, 1, v);
            ps.setLong(10, v.id());
            ps.setLong(11, v.version());
        });
        int i = 0;
        for (int[] batch : counts) {
            for (int count : batch) {
                if (count != 1) {
                    throw new ObjectOptimisticLockingFailureException(
                            ValueEntity.class, values.get(i).id());
                }
                i++;
            }
        }
    }

    /** The entered columns, from {@code at}: number, flag, grade, parts, source, note, by, at, organization. */
    private static void entered(PreparedStatement ps, int at, ValueEntity v) throws SQLException {
        ps.setObject(at, v.numberValue(), Types.DOUBLE);
        ps.setObject(at + 1, v.flagValue(), Types.BOOLEAN);
        ps.setString(at + 2, v.gradeValue());
        ps.setString(at + 3, v.parts());
        ps.setString(at + 4, v.source());
        ps.setString(at + 5, v.note());
        ps.setString(at + 6, v.enteredBy());
        ps.setObject(at + 7, utc(v.enteredAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(at + 8, v.enteredByOrg());
    }

    /** An instant as the {@code timestamp with time zone} columns take it (Hibernate's {@code time_zone: UTC}). */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
