package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionFacts;
import cn.ecozone.opinion.OpinionState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An opinion (预审意见 / 书面预审推荐意见): a draft whose text sections staff edit at a version, then
 * issued once, its text and generated sections frozen and its DOCX and PDF stored. Its transitions
 * guard their state and version and return {@code this}.
 */
@Entity
@Table(name = "opinion")
public class OpinionEntity {

    /** The longest text section staff may write. */
    public static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "step_code")
    private String stepCode;

    @Column(name = "scope_code")
    private String scopeCode;

    @Column(name = "scope_path")
    private String scopePath;

    /** 1 for the first opinion of the round, step and body; 2 and on for supplementary ones (补充意见). */
    private int sequence;

    private String title;

    @Column(name = "document_number")
    private String documentNumber;

    private String opening;

    private String conclusion;

    @Enumerated(EnumType.STRING)
    private OpinionState state;

    private String frozen;

    @Column(name = "docx_document_id")
    private Long docxDocumentId;

    @Column(name = "pdf_document_id")
    private Long pdfDocumentId;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "opinion_dossier", joinColumns = @JoinColumn(name = "opinion_id"))
    @OrderColumn(name = "position")
    private List<CoveredDossier> covered = new ArrayList<>();

    @Version
    private long version;

    protected OpinionEntity() {}

    /** A new draft. Preconditions: the façade checked the actor, the step and the dossiers covered. */
    public OpinionEntity(
            long roundId,
            String stepCode,
            String scopeCode,
            String scopePath,
            int sequence,
            String title,
            String opening,
            String conclusion,
            List<CoveredDossier> covered,
            String createdBy,
            Instant now) {
        this.roundId = roundId;
        this.stepCode = stepCode;
        this.scopeCode = scopeCode;
        this.scopePath = scopePath;
        this.sequence = sequence;
        this.title = title;
        this.opening = opening;
        this.conclusion = conclusion;
        this.covered.addAll(covered);
        this.state = OpinionState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Changes the staff's text of a draft seen at {@code seenVersion}.
     *
     * @throws OpinionFacts.OpinionAlreadyIssued once issued
     * @throws OpinionFacts.StaleOpinion when it changed since
     */
    public OpinionEntity edit(
            long seenVersion, String title, String documentNumber, String opening, String conclusion, Instant now) {
        guardDraft(seenVersion);
        this.title = title;
        this.documentNumber = documentNumber;
        this.opening = opening;
        this.conclusion = conclusion;
        this.updatedAt = now;
        return this;
    }

    /** Replaces the dossiers a draft covers (those waiting at the step now). */
    public OpinionEntity cover(long seenVersion, List<CoveredDossier> dossiers, Instant now) {
        guardDraft(seenVersion);
        covered.clear();
        covered.addAll(dossiers);
        this.updatedAt = now;
        return this;
    }

    /**
     * Issues the draft seen at {@code seenVersion}: the generated sections are frozen as {@code frozenJson}
     * and its files recorded. Irreversible.
     */
    public OpinionEntity issue(long seenVersion, String frozenJson, long docxId, long pdfId, String by, Instant now) {
        guardDraft(seenVersion);
        this.frozen = frozenJson;
        this.docxDocumentId = docxId;
        this.pdfDocumentId = pdfId;
        this.issuedBy = by;
        this.issuedAt = now;
        this.updatedAt = now;
        this.state = OpinionState.ISSUED;
        return this;
    }

    /** Refuses anything but a draft at the version the actor saw. */
    public void guardDraft(long seenVersion) {
        if (state != OpinionState.DRAFT) {
            throw new OpinionFacts.OpinionAlreadyIssued();
        }
        if (seenVersion != version) {
            throw new OpinionFacts.StaleOpinion();
        }
    }

    public long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public String stepCode() {
        return stepCode;
    }

    public String scopeCode() {
        return scopeCode;
    }

    public String scopePath() {
        return scopePath;
    }

    public int sequence() {
        return sequence;
    }

    public String title() {
        return title;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String opening() {
        return opening;
    }

    public String conclusion() {
        return conclusion;
    }

    public OpinionState state() {
        return state;
    }

    public String frozen() {
        return frozen;
    }

    public Long docxDocumentId() {
        return docxDocumentId;
    }

    public Long pdfDocumentId() {
        return pdfDocumentId;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<CoveredDossier> covered() {
        return List.copyOf(covered);
    }

    public long version() {
        return version;
    }
}
