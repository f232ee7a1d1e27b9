package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of a value: old → new, who, when and why. Only ever inserted. */
@Entity
@Table(name = "indicator_value_history")
public class ValueHistoryEntity {

    /** From a sequence stepping by 50, handed out by Hibernate's pooled optimizer (ADR 0015, V49). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_history_seq")
    @SequenceGenerator(
            name = "indicator_value_history_seq",
            sequenceName = "indicator_value_history_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "value_id")
    private long valueId;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    /** The changing user's organization (issue 14 §2; null before V107). */
    @Column(name = "changed_by_org")
    private String changedByOrg;

    protected ValueHistoryEntity() {}

    public ValueHistoryEntity(
            long valueId,
            Instant changedAt,
            String changedBy,
            String changedByOrg,
            String oldValue,
            String newValue,
            String reason) {
        this.valueId = valueId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.changedByOrg = changedByOrg;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
    }

    /** The value this row is a change of. */
    public long valueId() {
        return valueId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedByOrg() {
        return changedByOrg;
    }

    public String changedBy() {
        return changedBy;
    }

    public String oldValue() {
        return oldValue;
    }

    public String newValue() {
        return newValue;
    }

    public String reason() {
        return reason;
    }
}
