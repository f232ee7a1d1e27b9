package cn.ecozone.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A document uploaded for a rectification report: one row of {@code enforcement_rectification_document}. */
@Embeddable
public class RectificationDocument {

    @Column(name = "document_id")
    private long documentId;

    private String name;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected RectificationDocument() {}

    RectificationDocument(long documentId, String name, String uploadedBy, Instant uploadedAt) {
        this.documentId = documentId;
        this.name = name;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long documentId() {
        return documentId;
    }

    public String name() {
        return name;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
