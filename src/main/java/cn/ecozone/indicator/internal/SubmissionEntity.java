package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.IndicatorConfirmationManagement.Transition;
import cn.ecozone.indicator.SubmissionChanged;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where one region's (or one construction unit's) values of one edition and year stand in their
 * confirmation, mirrored from the year's procedure run ({@link ConfirmationPath}): the run decides who
 * may act and keeps the timeline; this row keeps the state that locks the values and that lists
 * filter on, and records each move as a {@link SubmissionChanged} for the audit chain. A unit's year
 * carries its region's code and path, so it has the same subject and approvers as the region's own.
 */
@Entity
@Table(name = "indicator_submission")
public class SubmissionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "edition_code")
    private String editionCode;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "unit_id")
    private long unitId;

    @Column(name = "data_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private SubmissionState state;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_by_name")
    private String decidedByName;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String reason;

    @Column(name = "run_id")
    private Long runId;

    @Version
    private long version;

    @Transient
    private final List<SubmissionChanged> events = new ArrayList<>();

    protected SubmissionEntity() {}

    /** A fresh, open year of a construction unit ({@code unitId}) of the region, or of the region (0). */
    public SubmissionEntity(String editionCode, long unitId, String regionCode, String regionPath, int year) {
        this.editionCode = editionCode;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.unitId = unitId;
        this.year = year;
        this.state = SubmissionState.OPEN;
    }

    /** The year's run has started. Precondition: it had none. */
    public void started(long runId) {
        if (this.runId != null) {
            throw new IllegalStateException("the year already runs on " + this.runId);
        }
        this.runId = runId;
    }

    /**
     * Throws 409 with the year's state unless {@code move} starts from it: an open or returned year is
     * submitted, a submitted one confirmed or returned, a confirmed one reopened.
     */
    public void requireAt(Transition move) {
        boolean at = switch (move) {
            case SUBMIT -> state.editable();
            case CONFIRM, RETURN -> state == SubmissionState.SUBMITTED;
            case REOPEN -> state == SubmissionState.CONFIRMED;
        };
        if (!at) {
            throw ApiException.conflict("error.indicator.submission.state", state.name());
        }
    }

    /**
     * Mirrors a move the run has taken ({@code reason} for a return or reopening) and registers it.
     * Precondition: {@link #requireAt} passed and the engine accepted the act.
     */
    public void moved(Transition move, Actor actor, String reason, Instant now) {
        requireAt(move);
        SubmissionState from = state;
        if (move == Transition.SUBMIT) {
            state = SubmissionState.SUBMITTED;
            submittedBy = actor.username();
            submittedAt = now;
            this.reason = null;
        } else {
            state = move == Transition.CONFIRM ? SubmissionState.CONFIRMED : SubmissionState.RETURNED;
            decidedBy = actor.userId();
            decidedByName = actor.username();
            decidedAt = now;
            this.reason = move == Transition.CONFIRM ? null : reason;
        }
        events.add(new SubmissionChanged(editionCode, regionCode, unitOrNull(), year, from, state, this.reason));
    }

    /** The events registered by transitions since the last call; the caller publishes them. */
    public List<SubmissionChanged> drainEvents() {
        List<SubmissionChanged> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public long id() {
        return id;
    }

    public String editionCode() {
        return editionCode;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    /** The construction unit's id, or {@link ValueOwner#REGION_ITSELF}. */
    public long unitId() {
        return unitId;
    }

    /** The construction unit's id, or null for the region's own year. */
    public Long unitOrNull() {
        return unitId == ValueOwner.REGION_ITSELF ? null : unitId;
    }

    public int year() {
        return year;
    }

    public SubmissionState state() {
        return state;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Long decidedBy() {
        return decidedBy;
    }

    public String decidedByName() {
        return decidedByName;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String reason() {
        return reason;
    }

    /** The year's procedure run, or null before its first value (or before the start-up backfill). */
    public Long runId() {
        return runId;
    }

    public long version() {
        return version;
    }

    // ----- issue 14 §2 (entry side): reasons for the applicable indicators left without a value (V107) -----

    @ElementCollection
    @CollectionTable(name = "indicator_missing_reason", joinColumns = @JoinColumn(name = "submission_id"))
    private List<MissingReasonEmbeddable> missingReasons = new ArrayList<>();

    /**
     * Keeps the reasons given with this submission for the applicable indicators without a value,
     * replacing those of an earlier submission (indicator code to reason). Precondition: the year was
     * just submitted ({@link #moved} with SUBMIT) and the caller checked that every missing indicator
     * has a non-blank reason.
     */
    public SubmissionEntity explainMissing(Map<String, String> reasons) {
        if (state != SubmissionState.SUBMITTED) {
            throw new IllegalStateException("reasons for missing values go with a submission, not " + state);
        }
        missingReasons.clear();
        reasons.forEach((indicator, why) -> missingReasons.add(new MissingReasonEmbeddable(indicator, why)));
        return this;
    }

    /** The reasons of the latest submission for its missing values, in no particular order. */
    public List<MissingReasonEmbeddable> missingReasons() {
        return List.copyOf(missingReasons);
    }
}
