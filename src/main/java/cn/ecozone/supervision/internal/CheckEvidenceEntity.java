package cn.ecozone.supervision.internal;

import cn.ecozone.shared.Actor;
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

    /** The file's name and type as the document module stored them, and the uploader's organization (V130). */
    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_type")
    private String fileType;

    @Column(name = "organization_name")
    private String organizationName;

    protected CheckEvidenceEntity() {}

    /** The stored file {@code documentId} ({@code fileName}, {@code fileType}) linked by {@code recorder}. */
    public CheckEvidenceEntity(
            long checkId, long documentId, String fileName, String fileType, Actor recorder, Instant recordedAt) {
        this.checkId = checkId;
        this.documentId = documentId;
        this.fileName = fileName;
        this.fileType = fileType;
        this.recordedBy = recorder.username();
        this.organizationName = recorder.organizationName();
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

    /** The file's type as recognised from its content (null only for a row whose document was missing at V130). */
    public String fileType() {
        return fileType;
    }

    /** The uploader's organization; null where V130 found no account of that name. */
    public String organizationName() {
        return organizationName;
    }
}
