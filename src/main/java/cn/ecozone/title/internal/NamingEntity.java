package cn.ecozone.title.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A naming decision the province records for a dossier: the Ministry's result (IM, step
 * {@code MINISTRY_RESULT}) or the department's designation (Guizhou art. 16, step {@code DESIGNATE}),
 * named or not. A dossier is named once: the unique {@code named_key} makes the second of two racing
 * namings fail; a not-named record is kept beside later ones (a run returned and brought back). It
 * records the opening of the step it was made for: a later opening needs its own naming (ADR 0027).
 */
@Entity
@Table(name = "naming")
public class NamingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "run_id")
    private long runId;

    @Column(name = "step_code")
    private String stepCode;

    /** The opening of the step the naming was recorded for (ADR 0027). */
    private int opening;

    private boolean named;

    @Column(name = "naming_body_zh")
    private String namingBodyZh;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    private String reason;

    @Column(name = "named_key")
    private Long namedKey;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected NamingEntity() {}

    public NamingEntity(
            long dossierId,
            long candidacyId,
            long runId,
            String stepCode,
            int opening,
            boolean named,
            String namingBodyZh,
            String documentNumber,
            LocalDate decidedOn,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        this.dossierId = dossierId;
        this.candidacyId = candidacyId;
        this.runId = runId;
        this.stepCode = stepCode;
        this.opening = opening;
        this.named = named;
        this.namingBodyZh = namingBodyZh;
        this.documentNumber = documentNumber;
        this.decidedOn = decidedOn;
        this.reason = reason;
        this.namedKey = named ? dossierId : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public long dossierId() {
        return dossierId;
    }

    public String stepCode() {
        return stepCode;
    }

    public int opening() {
        return opening;
    }

    public boolean named() {
        return named;
    }

    public String namingBodyZh() {
        return namingBodyZh;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public String reason() {
        return reason;
    }

    public long runId() {
        return runId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public java.time.Instant recordedAt() {
        return recordedAt;
    }
}
