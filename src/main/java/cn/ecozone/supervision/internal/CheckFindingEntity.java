package cn.ecozone.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A finding of a check: on one checklist row ({@code indicatorCode}) or on the whole (null). */
@Entity
@Table(name = "supervision_finding")
public class CheckFindingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_id")
    private long checkId;

    @Column(name = "indicator_code")
    private String indicatorCode;

    @Column(name = "text_zh")
    private String textZh;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CheckFindingEntity() {}

    public CheckFindingEntity(
            long checkId, String indicatorCode, String textZh, String recordedBy, Instant recordedAt) {
        this.checkId = checkId;
        this.indicatorCode = indicatorCode;
        this.textZh = textZh;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long checkId() {
        return checkId;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String textZh() {
        return textZh;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
