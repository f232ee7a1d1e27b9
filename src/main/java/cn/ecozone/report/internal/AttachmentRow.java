package cn.ecozone.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A document attached to an annual report (stored by the document module). */
@Embeddable
public class AttachmentRow {

    @Column(name = "document_id")
    private long documentId;

    private String name;

    @Column(name = "attached_at")
    private Instant attachedAt;

    protected AttachmentRow() {}

    AttachmentRow(long documentId, String name, Instant attachedAt) {
        this.documentId = documentId;
        this.name = name;
        this.attachedAt = attachedAt;
    }

    public long documentId() {
        return documentId;
    }

    public String name() {
        return name;
    }

    public Instant attachedAt() {
        return attachedAt;
    }
}
