package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One field of a register record changed: old and new value as text, the reason, who and when. Never changed. */
@Entity
@Table(name = "register_record_change")
public class RegisterChangeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "record_id")
    private long recordId;

    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    protected RegisterChangeEntity() {}

    RegisterChangeEntity(
            long recordId,
            String field,
            String oldValue,
            String newValue,
            String reason,
            String changedBy,
            Instant changedAt) {
        this.recordId = recordId;
        this.field = field;
        this.oldValue = cut(oldValue);
        this.newValue = cut(newValue);
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The column holds 2000 characters; a longer value (many tasks) keeps its start and says so. */
    private static String cut(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1998) + " …";
    }

    public RegisterView.Change view() {
        return new RegisterView.Change(field, oldValue, newValue, reason, changedBy, changedAt);
    }
}
