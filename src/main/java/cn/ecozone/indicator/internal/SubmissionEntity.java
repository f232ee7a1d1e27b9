package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.SubmissionChanged;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The confirmation aggregate for one region's (or one construction unit's) values of one edition
 * and year, as in DHIS2 data approval: the county submits; the prefecture confirms (locking the
 * values) or returns with a reason; only the confirmer reopens, with a reason. Each transition
 * guards, mutates and registers an event; there is no way to set the state directly. A unit's year
 * carries its region's code and path, so it has the same subject and the same approvers as the
 * region's own year.
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

    @Version
    private long version;

    @Transient
    private final List<SubmissionChanged> events = new ArrayList<>();

    /** Roles that enter and submit values for their own region; province staff the province's own. */
    public static final Set<Role> SUBJECT_ROLES = EnumSet.of(
            Role.PROVINCE_STAFF,
            Role.COUNTY_GOVERNMENT,
            Role.CONSTRUCTION_SUBJECT,
            Role.PREFECTURE_GOVERNMENT,
            Role.PREFECTURE_STAFF,
            Role.COMMITTEE_OFFICE);

    protected SubmissionEntity() {}

    public SubmissionEntity(String editionCode, String regionCode, String regionPath, int year) {
        this(editionCode, ValueOwner.REGION_ITSELF, regionCode, regionPath, year);
    }

    /** A fresh, open year of a construction unit ({@code unitId}) of the region, or of the region (0). */
    public SubmissionEntity(String editionCode, long unitId, String regionCode, String regionPath, int year) {
        this.editionCode = editionCode;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.unitId = unitId;
        this.year = year;
        this.state = SubmissionState.OPEN;
    }

    /** The county submits its year. Guard: open or returned, and the actor is the subject. */
    public void submit(Actor actor, Instant now) {
        if (!state.editable()) {
            throw ApiException.conflict("error.indicator.submission.state", state.name());
        }
        if (!isSubject(actor)) {
            throw ApiException.forbidden("error.indicator.submission.not-subject");
        }
        SubmissionState from = state;
        state = SubmissionState.SUBMITTED;
        submittedBy = actor.username();
        submittedAt = now;
        reason = null;
        events.add(new SubmissionChanged(editionCode, regionCode, unitOrNull(), year, from, state, null));
    }

    /** The prefecture confirms and locks the values. Guard: submitted, and the actor may approve. */
    public void confirm(Actor actor, Instant now) {
        requireApprover(actor);
        if (state != SubmissionState.SUBMITTED) {
            throw ApiException.conflict("error.indicator.submission.state", state.name());
        }
        decide(actor, now, SubmissionState.CONFIRMED, null);
    }

    /** The prefecture returns the year with a reason. Guard: submitted, a reason, an approver. */
    public void returnWithReason(Actor actor, String why, Instant now) {
        requireApprover(actor);
        requireReason(why);
        if (state != SubmissionState.SUBMITTED) {
            throw ApiException.conflict("error.indicator.submission.state", state.name());
        }
        decide(actor, now, SubmissionState.RETURNED, why);
    }

    /** Only the confirmer reopens a confirmed year, with a reason; the county may then edit again. */
    public void reopen(Actor actor, String why, Instant now) {
        requireReason(why);
        if (state != SubmissionState.CONFIRMED) {
            throw ApiException.conflict("error.indicator.submission.state", state.name());
        }
        if (decidedBy == null || decidedBy != actor.userId()) {
            throw ApiException.forbidden("error.indicator.submission.not-confirmer");
        }
        decide(actor, now, SubmissionState.RETURNED, why);
    }

    /**
     * Who confirms, returns (and, having confirmed, reopens) this year.
     *
     * <ul>
     *   <li>Below the province: prefecture or province staff whose scope holds the region and who do
     *       not sit at the region itself (nobody approves their own values).
     *   <li>A province's own year (entered by province staff): a division reviewer (处室审核人员) of
     *       the same province. The platform has no national role, so the department confirms its
     *       own figures with four eyes: staff enter, a reviewer of a division confirms; province
     *       staff never confirm the province's year.
     * </ul>
     *
     * <p>A construction unit's year follows its region's rule.
     */
    public boolean mayApprove(Actor actor) {
        if (isProvinceLevel()) {
            return actor.role() == Role.DIVISION_REVIEWER && actor.scope().includes(regionPath);
        }
        boolean staff = actor.role() == Role.PREFECTURE_STAFF || actor.role() == Role.PROVINCE_STAFF;
        return staff && actor.scope().includes(regionPath) && !isAtRegion(actor);
    }

    /** Whether the region is a province (its path holds one code, e.g. {@code /520000/}). */
    boolean isProvinceLevel() {
        return regionPath.indexOf('/', 1) == regionPath.length() - 1;
    }

    /**
     * Who enters and submits: a user of a {@link #SUBJECT_ROLES subject role} whose own region is the
     * region. For a construction unit it is the subject at the unit's region (e.g. the county
     * government, or a construction subject registered at that county): the identity module does not
     * tie an account to a unit, so the region's subject answers for the units registered under it.
     * Reviewers, experts and administrators sitting at the region are not subjects.
     */
    public boolean isSubject(Actor actor) {
        return SUBJECT_ROLES.contains(actor.role()) && isAtRegion(actor);
    }

    public boolean isAtRegion(Actor actor) {
        return regionCode.equals(actor.regionCode());
    }

    private void decide(Actor actor, Instant now, SubmissionState to, String why) {
        SubmissionState from = state;
        state = to;
        decidedBy = actor.userId();
        decidedByName = actor.username();
        decidedAt = now;
        reason = why;
        events.add(new SubmissionChanged(editionCode, regionCode, unitOrNull(), year, from, to, why));
    }

    private void requireApprover(Actor actor) {
        if (!mayApprove(actor)) {
            throw ApiException.forbidden("error.indicator.submission.not-approver");
        }
    }

    private static void requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw ApiException.invalid("reason", "validation.reason.required");
        }
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

    public long version() {
        return version;
    }
}
