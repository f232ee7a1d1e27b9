package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierChanged;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dossier aggregate: a candidacy's application in one round. Its state moves only by its
 * transitions (guard, mutate, register a {@link DossierChanged}), which follow its run on the procedure
 * engine: submitted when the subject's step is completed, returned or withdrawn when the run goes back
 * to the subject, accepted when the chain finishes. Materials and answers change only while editable.
 */
@Entity
@Table(name = "dossier")
public class DossierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "subject_name")
    private String subjectName;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_level")
    private RegionLevel subjectLevel;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Enumerated(EnumType.STRING)
    private DossierState state;

    @Column(name = "run_id")
    private Long runId;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    private String snapshot;

    @Column(name = "snapshot_taken_at")
    private Instant snapshotTakenAt;

    @Column(name = "missing_count")
    private int missingCount;

    private boolean excluded;

    @Column(name = "needs_judgement")
    private boolean needsJudgement;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private final List<DossierChanged> events = new ArrayList<>();

    protected DossierEntity() {}

    /** A new draft. Preconditions: the façade checked the subject, the candidacy's state and the window. */
    public DossierEntity(
            long candidacyId,
            long roundId,
            String regionCode,
            String regionPath,
            Long unitId,
            String subjectName,
            RegionLevel subjectLevel,
            Programme programme,
            String regulationCode,
            int regulationVersion,
            String createdBy,
            Instant now) {
        this.candidacyId = candidacyId;
        this.roundId = roundId;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.unitId = unitId;
        this.subjectName = subjectName;
        this.subjectLevel = subjectLevel;
        this.programme = programme;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.state = DossierState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** @throws ApiException 409 unless the subject may still change the dossier */
    public void requireEditable() {
        if (!state.editable()) {
            throw ApiException.conflict("error.dossier.not-editable", state.name());
        }
    }

    /**
     * A material or answer changed: the row changes too, so that its version moves. The time moves
     * forward by at least a microsecond (the column's precision), so two changes within one clock tick
     * still change the row.
     */
    public void changed(Instant now) {
        requireEditable();
        Instant next = updatedAt.plus(1, java.time.temporal.ChronoUnit.MICROS);
        updatedAt = now.isAfter(next) ? now : next;
    }

    /** What the last check found, for lists. */
    public void checked(int missing, boolean excluded, boolean needsJudgement) {
        this.missingCount = missing;
        this.excluded = excluded;
        this.needsJudgement = needsJudgement;
    }

    /**
     * The subject completed its step: the dossier is on its chain, its snapshot frozen.
     * Precondition: the façade found no blocker.
     */
    public void submitted(long runId, LocalDate day, String snapshot, Instant now) {
        requireEditable();
        this.runId = runId;
        this.submittedOn = day;
        this.snapshot = snapshot;
        this.snapshotTakenAt = now;
        move(DossierState.SUBMITTED, now);
    }

    /** The run moved: the dossier follows it ({@link DossierState} by the run). */
    public void follow(DossierState runState, Instant now) {
        if (runState != state) {
            move(runState, now);
        }
    }

    private void move(DossierState to, Instant now) {
        state = to;
        updatedAt = now;
        events.add(new DossierChanged(id == null ? 0 : id, candidacyId, regionCode, to));
    }

    /** The events registered since the last drain; the façade publishes them after saving. */
    public List<DossierChanged> drainEvents() {
        List<DossierChanged> drained = events.stream()
                .map(e -> new DossierChanged(id, e.candidacyId(), e.regionCode(), e.state()))
                .toList();
        events.clear();
        return drained;
    }

    public Long id() {
        return id;
    }

    public long candidacyId() {
        return candidacyId;
    }

    public long roundId() {
        return roundId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public Long unitId() {
        return unitId;
    }

    public String subjectName() {
        return subjectName;
    }

    public RegionLevel subjectLevel() {
        return subjectLevel;
    }

    public Programme programme() {
        return programme;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public DossierState state() {
        return state;
    }

    public Long runId() {
        return runId;
    }

    public LocalDate submittedOn() {
        return submittedOn;
    }

    public String snapshot() {
        return snapshot;
    }

    public Instant snapshotTakenAt() {
        return snapshotTakenAt;
    }

    public int missingCount() {
        return missingCount;
    }

    public boolean excluded() {
        return excluded;
    }

    public boolean needsJudgement() {
        return needsJudgement;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
