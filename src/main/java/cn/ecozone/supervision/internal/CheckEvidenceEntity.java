package cn.ecozone.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An evidence file (module {@code document}) of a check. */
@Entity
@Table(name = "supervision_evidence")
public class CheckEvidenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "check_id")
    private long checkId;

    @Column(name = "document_id")
    private long documentId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CheckEvidenceEntity() {}

    public CheckEvidenceEntity(long checkId, long documentId, String recordedBy, Instant recordedAt) {
        this.checkId = checkId;
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public long checkId() {
        return checkId;
    }

    public long documentId() {
        return documentId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
