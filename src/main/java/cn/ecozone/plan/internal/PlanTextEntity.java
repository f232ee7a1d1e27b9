package cn.ecozone.plan.internal;

import cn.ecozone.document.StoredDocument;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One version of a plan's text (V112): written once when the text is uploaded, never changed or
 * deleted. {@code number} counts the plan's uploads from 1; the database keeps it unique per plan.
 */
@Entity
@Table(name = "plan_text")
public class PlanTextEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id")
    private long planId;

    private int number;

    @Column(name = "document_id")
    private long documentId;

    private String name;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected PlanTextEntity() {}

    PlanTextEntity(long planId, int number, StoredDocument stored) {
        this.planId = planId;
        this.number = number;
        this.documentId = stored.id();
        this.name = stored.name();
        this.uploadedBy = stored.uploadedBy();
        this.uploadedAt = stored.uploadedAt();
    }

    public long planId() {
        return planId;
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
