package cn.ecozone.plan.internal;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a plan's text (V112), or an issuing document a promulgation carried (V123): written
 * once when the file is uploaded, never changed or deleted. {@code number} counts the plan's uploads of
 * that kind from 1; the database keeps it unique per plan and kind.
 */
@Entity
@Table(name = "plan_text")
public class PlanTextEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    @Enumerated(EnumType.STRING)
    private PlanText.Kind kind;

    private int number;

    @Column(name = "document_id")
    private long documentId;

    private String name;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected PlanTextEntity() {}

    PlanTextEntity(long planId, PlanText.Kind kind, int number, StoredDocument stored) {
        this.planId = planId;
        this.kind = kind;
        this.number = number;
        this.documentId = stored.id();
        this.name = stored.name();
        this.uploadedBy = stored.uploadedBy();
        this.uploadedAt = stored.uploadedAt();
    }

    public long planId() {
        return planId;
    }

    public PlanText.Kind kind() {
        return kind;
    }

    public int number() {
        return number;
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
