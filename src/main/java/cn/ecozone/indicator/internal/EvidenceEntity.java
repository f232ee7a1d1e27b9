package cn.ecozone.indicator.internal;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document attached to a value as evidence, referred to by the document module's id. The
 * organization that uploaded it may remove it while the year is open or returned, with a reason
 * (issue 14 §2); the link is then marked removed (who, when, why) and the file is kept for the audit.
 */
@Entity
@Table(name = "indicator_evidence")
public class EvidenceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "value_id")
    private long valueId;

    @Column(name = "document_id")
    private long documentId;

    @Column(name = "created_at")
    private Instant createdAt;

    /** The file's name and type as the document module stored them (V129): what the list searches and sorts by. */
    @Column(name = "file_name")
    private String fileName;

    @Column(name = "file_type")
    private String fileType;

    /** The uploading organization (null before V107). */
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "organization_name")
    private String organizationName;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removed_by_org")
    private String removedByOrg;

    @Column(name = "removed_reason")
    private String removedReason;

    protected EvidenceEntity() {}

    public EvidenceEntity(long valueId, long documentId, Instant createdAt) {
        this.valueId = valueId;
        this.documentId = documentId;
        this.createdAt = createdAt;
    }

    /** Evidence uploaded by the actor's organization: the stored file's name and type are kept for the list. */
    public EvidenceEntity(
            long valueId, long documentId, String fileName, String fileType, Instant createdAt, Actor uploader) {
        this(valueId, documentId, createdAt);
        this.fileName = fileName;
        this.fileType = fileType;
        this.organizationId = uploader.organizationId();
        this.organizationName = uploader.organizationName();
    }

    /**
     * Marks the link removed, with the reason. Refused (403) unless the actor belongs to the uploading
     * organization (evidence from before V107, whose uploader is unknown, may be removed by any
     * reporter of the region), and (409) when it is removed already. Precondition: the caller checked
     * that the actor may change the value and that the year is open or returned, with the year locked.
     */
    public EvidenceEntity remove(Actor actor, String reason, Instant at) {
        if (removedAt != null) {
            throw ApiException.conflict("error.indicator.evidence.removed-already");
        }
        if (organizationId != null && organizationId != actor.organizationId()) {
            throw ApiException.forbidden("error.indicator.evidence.not-uploader", organizationName);
        }
        this.removedAt = at;
        this.removedBy = actor.username();
        this.removedByOrg = actor.organizationName();
        this.removedReason = reason;
        return this;
    }

    public String organizationName() {
        return organizationName;
    }

    /** When the link was removed, or null while it stands. */
    public Instant removedAt() {
        return removedAt;
    }

    public String removedByOrg() {
        return removedByOrg;
    }

    public String removedReason() {
        return removedReason;
    }

    public long id() {
        return id;
    }

    public long valueId() {
        return valueId;
    }

    public long documentId() {
        return documentId;
    }
}
