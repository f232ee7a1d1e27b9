package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to a value as evidence, referred to by the document module's id. */
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

    protected EvidenceEntity() {}

    public EvidenceEntity(long valueId, long documentId, Instant createdAt) {
        this.valueId = valueId;
        this.documentId = documentId;
        this.createdAt = createdAt;
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
