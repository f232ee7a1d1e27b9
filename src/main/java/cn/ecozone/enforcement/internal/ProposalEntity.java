package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.enforcement.Evidence;
import cn.ecozone.enforcement.Measure;
import cn.ecozone.enforcement.ProposalState;
import cn.ecozone.enforcement.Severity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A proposal (处理建议) opened from evidence for one title under one sanction code of the regulation in
 * force (Guizhou art. 24; IM eco-civ art. 18): it never decides; a person decides it once (act with a
 * measure the sanction allows, or dismiss with a reason). One per (title, code, triggering record):
 * the unique key {@code (title_id, sanction_code, trigger_key)}.
 */
@Entity
@Table(name = "enforcement_proposal")
public class ProposalEntity extends TitledRecord {

    @Column(name = "sanction_code")
    private String sanctionCode;

    @Column(name = "sanction_text")
    private String sanctionText;

    private String article;

    @Column(name = "note_zh")
    private String noteZh;

    /** The measures the sanction allows, comma-separated, e.g. {@code WARNING,REVOCATION}. */
    private String allowed;

    @Column(name = "trigger_key")
    private String triggerKey;

    /** The rectification whose overdue period opened this proposal, if any (the chain). */
    @Column(name = "rectification_id")
    private Long rectificationId;

    @Enumerated(EnumType.STRING)
    private ProposalState state;

    @Enumerated(EnumType.STRING)
    private Measure measure;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String reason;

    @Column(name = "deciding_body")
    private String decidingBody;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "opened_at")
    private Instant openedAt;

    @ElementCollection
    @CollectionTable(name = "enforcement_evidence", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderColumn(name = "position")
    private List<EvidenceRow> evidence = new ArrayList<>();

    protected ProposalEntity() {}

    /** An open proposal. Preconditions: at least one allowed measure; a trigger key of 1 to 80 characters. */
    ProposalEntity(
            TitleRef title,
            String regulationCode,
            int regulationVersion,
            String sanctionCode,
            String sanctionText,
            String article,
            String noteZh,
            List<Measure> allowed,
            String triggerKey,
            Long rectificationId,
            List<Evidence> evidence,
            Instant now) {
        super(title, regulationCode, regulationVersion);
        this.sanctionCode = sanctionCode;
        this.sanctionText = sanctionText;
        this.article = article;
        this.noteZh = noteZh;
        this.allowed = String.join(",", allowed.stream().map(Enum::name).toList());
        this.triggerKey = triggerKey;
        this.rectificationId = rectificationId;
        this.state = ProposalState.OPEN;
        this.openedAt = now;
        evidence.forEach(e -> this.evidence.add(new EvidenceRow(e)));
    }

    /** The run of the proposal's steps, once opened. */
    ProposalEntity started(long runId) {
        this.runId = runId;
        return this;
    }

    /**
     * Decides to act. Preconditions checked here: the proposal is open, the measure allowed, a
     * severity given, a reason of at most 2000 characters.
     */
    ProposalEntity act(
            Measure measure,
            Severity severity,
            String reason,
            String body,
            String documentNumber,
            String username,
            Instant now) {
        requireOpen();
        if (!allowedMeasures().contains(measure)) {
            throw new EnforcementFacts.MeasureNotAllowed(allowed);
        }
        if (severity == null) {
            throw new EnforcementFacts.SeverityNeeded();
        }
        this.state = ProposalState.ACTED;
        this.measure = measure;
        this.severity = severity;
        return decided(reason, body, documentNumber, username, now);
    }

    /** Dismisses with a reason (不予处理). */
    ProposalEntity dismiss(String reason, Severity severity, String body, String username, Instant now) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new EnforcementFacts.ReasonNeeded();
        }
        this.state = ProposalState.DISMISSED;
        this.severity = severity;
        return decided(reason, body, null, username, now);
    }

    private ProposalEntity decided(String reason, String body, String documentNumber, String username, Instant now) {
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
        this.decidingBody = body;
        this.documentNumber = documentNumber == null || documentNumber.isBlank() ? null : documentNumber.strip();
        this.decidedBy = username;
        this.decidedAt = now;
        return this;
    }

    /**
     * A fact learned while the proposal waits for its decision, added to its evidence (e.g. the
     * rectification it was opened on was completed late, review finding 5).
     *
     * @throws EnforcementFacts.AlreadyDecided once decided
     */
    ProposalEntity evidenced(Evidence fact) {
        requireOpen();
        evidence.add(new EvidenceRow(fact));
        return this;
    }

    private void requireOpen() {
        if (state != ProposalState.OPEN) {
            throw new EnforcementFacts.AlreadyDecided();
        }
    }

    public List<Measure> allowedMeasures() {
        return Arrays.stream(allowed.split(",")).map(Measure::valueOf).toList();
    }

    public List<Evidence> evidence() {
        return evidence.stream().map(EvidenceRow::view).toList();
    }

    public String sanctionCode() {
        return sanctionCode;
    }

    public String sanctionText() {
        return sanctionText;
    }

    public String article() {
        return article;
    }

    public String noteZh() {
        return noteZh;
    }

    public String triggerKey() {
        return triggerKey;
    }

    public Long rectificationId() {
        return rectificationId;
    }

    public ProposalState state() {
        return state;
    }

    public Measure measure() {
        return measure;
    }

    public Severity severity() {
        return severity;
    }

    public String reason() {
        return reason;
    }

    public String decidingBody() {
        return decidingBody;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long runId() {
        return runId;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
