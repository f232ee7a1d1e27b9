package cn.ecozone.title.internal;

import cn.ecozone.title.PlatformReceiptView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The subject's submission on the national platform (IM eco-civ art. 16), recorded for one opening of
 * the step {@code NATIONAL_PLATFORM}: when the province returns the Ministry's result step to it, the
 * subject records its submission again and the earlier receipt stays as history. Preconditions of the constructor: the façade checked the actor,
 * the step and the fields.
 */
@Entity
@Table(name = "platform_receipt")
public class ReceiptEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "run_id")
    private long runId;

    /** The opening of NATIONAL_PLATFORM the receipt was recorded for (ADR 0027). */
    private int opening;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "receipt_number")
    private String receiptNumber;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ReceiptEntity() {}

    public ReceiptEntity(
            long dossierId,
            long candidacyId,
            long runId,
            int opening,
            LocalDate submittedOn,
            String receiptNumber,
            Long documentId,
            String recordedBy,
            Instant recordedAt) {
        this.dossierId = dossierId;
        this.candidacyId = candidacyId;
        this.runId = runId;
        this.opening = opening;
        this.submittedOn = submittedOn;
        this.receiptNumber = receiptNumber;
        this.documentId = documentId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public PlatformReceiptView view() {
        return new PlatformReceiptView(
                id, dossierId, candidacyId, submittedOn, receiptNumber, documentId, recordedBy, recordedAt);
    }

    public long runId() {
        return runId;
    }

    public long dossierId() {
        return dossierId;
    }

    public String receiptNumber() {
        return receiptNumber;
    }

    public int opening() {
        return opening;
    }

    public Long documentId() {
        return documentId;
    }
}
