package cn.ecozone.candidacy.internal;

import cn.ecozone.candidacy.CandidacyAction;
import cn.ecozone.candidacy.CandidacyChanged;
import cn.ecozone.candidacy.CandidacyFacts;
import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AuditedChange.FieldChange;
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
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The candidacy aggregate. Every transition guards (the actor, then the state, then the reason),
 * mutates, records a timeline step and registers a {@link CandidacyChanged}, which the façade drains
 * after saving; there is no public way to set the state. While open, {@code activeKey} holds subject ×
 * programme, so the database's unique index admits one open candidacy per subject and programme.
 */
@Entity
@Table(name = "candidacy")
public class CandidacyEntity {

    /** The user name the timeline shows for changes the platform makes itself. */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "subject_name")
    private String subjectName;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Enumerated(EnumType.STRING)
    private CandidacyState state;

    private String note;

    @Column(name = "active_key")
    private String activeKey;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @Transient
    private final List<CandidacyStepEntity> newSteps = new ArrayList<>();

    @Transient
    private final List<CandidacyChanged> events = new ArrayList<>();

    protected CandidacyEntity() {}

    /**
     * A new candidacy in the reserve (储备库). Preconditions: the façade checked the actor's role and
     * scope, the subject and the regulation; the note is at most 500 characters.
     */
    public CandidacyEntity(
            String regionCode,
            String regionPath,
            Long unitId,
            String subjectName,
            Programme programme,
            String regulationCode,
            int regulationVersion,
            String note,
            Actor actor,
            Instant now) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.unitId = unitId;
        this.subjectName = subjectName;
        this.programme = programme;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.note = note;
        this.state = CandidacyState.RESERVE;
        this.activeKey = activeKey(regionCode, unitId, programme);
        this.createdBy = actor.username();
        this.createdAt = now;
        this.updatedAt = now;
        newSteps.add(new CandidacyStepEntity(
                null,
                "CREATED",
                null,
                state,
                null,
                actor.username(),
                actor.displayName(),
                actor.organizationName(),
                now));
        events.add(new CandidacyChanged(
                0, subjectName, "CREATED", null, List.of(new FieldChange("state", null, state.name()))));
    }

    /** The key of subject × programme that the unique index holds while the candidacy is open. */
    static String activeKey(String regionCode, Long unitId, Programme programme) {
        return (unitId == null ? "R" + regionCode : "U" + unitId) + ":" + programme.name();
    }

    /** Whether {@code actor} may take {@code action} now: role, scope and state. */
    public boolean allows(CandidacyAction action, Actor actor) {
        return action.allows(actor.role()) && actor.scope().includes(regionPath) && action.startsFrom(state);
    }

    /**
     * Takes {@code action} for {@code actor}.
     *
     * @throws CandidacyFacts.NotThePoolKeeper when the actor's role or region may not take it
     * @throws CandidacyFacts.TransitionNotAllowed when the state does not allow it
     * @throws CandidacyFacts.ReasonNeeded when it needs a reason and none is given (at most 500
     *     characters, else {@link CandidacyFacts.ReasonTooLong})
     */
    public CandidacyEntity take(CandidacyAction action, String reason, Actor actor, Instant now) {
        if (!action.allows(actor.role()) || !actor.scope().includes(regionPath)) {
            throw new CandidacyFacts.NotThePoolKeeper(label("candidacy.action." + action.name()));
        }
        if (!action.startsFrom(state)) {
            throw new CandidacyFacts.TransitionNotAllowed(
                    label("candidacy.state." + state.name()), label("candidacy.action." + action.name()));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (action.needsReason() && why == null) {
            throw new CandidacyFacts.ReasonNeeded();
        }
        if (why != null && why.length() > 500) {
            throw new CandidacyFacts.ReasonTooLong(500);
        }
        move(action.name(), action.to(), why, actor.username(), actor.displayName(), actor.organizationName(), now);
        return this;
    }

    /**
     * The platform moves a candidacy in the reserve or in cultivation to {@code PLANNING} because a plan
     * of its subject and programme started; any other state stays as it is.
     *
     * @return whether the state changed
     */
    public boolean planStarted(long planId, Instant now) {
        if (!CandidacyAction.START_PLANNING.startsFrom(state)) {
            return false;
        }
        move("PLAN_STARTED", CandidacyState.PLANNING, "规划 " + planId, SYSTEM, "系统", null, now);
        return true;
    }

    /**
     * The platform moves a candidacy in the reserve, in cultivation or in planning to {@code APPLYING}
     * because its subject submitted an application dossier (IM eco-civ art. 13; Guizhou art. 11); a
     * candidacy already applying, titled or closed stays as it is.
     *
     * @return whether the state changed
     */
    public boolean applicationSubmitted(long dossierId, Instant now) {
        if (state != CandidacyState.RESERVE
                && state != CandidacyState.CULTIVATING
                && state != CandidacyState.PLANNING) {
            return false;
        }
        move("APPLICATION_SUBMITTED", CandidacyState.APPLYING, "申报材料 " + dossierId, SYSTEM, "系统", null, now);
        return true;
    }

    /**
     * The province named the subject (IM eco-civ art. 15; Guizhou art. 16) and title {@code titleId}
     * was recorded: an applying candidacy moves to {@code TITLED}, a step the platform takes.
     *
     * @throws CandidacyFacts.TransitionNotAllowed when the candidacy is not applying
     */
    public CandidacyEntity titled(long titleId, Instant now) {
        if (state != CandidacyState.APPLYING) {
            throw new CandidacyFacts.TransitionNotAllowed(
                    label("candidacy.state." + state.name()), label("candidacy.action.TITLE"));
        }
        move("TITLED", CandidacyState.TITLED, "称号 " + titleId, SYSTEM, "系统", null, now);
        return this;
    }

    /**
     * The title {@code titleId} of a titled candidacy was revoked by a decision (Guizhou art. 24; IM: the
     * Ministry's decision): the candidacy becomes {@code REVOKED}, closed for good, in its timeline by
     * {@code decidedBy}, with the decision as the reason.
     *
     * @throws CandidacyFacts.TransitionNotAllowed when the candidacy is not titled
     */
    public CandidacyEntity revoked(long titleId, String decision, String decidedBy, Instant now) {
        if (!CandidacyAction.REVOKE.startsFrom(state)) {
            throw new CandidacyFacts.TransitionNotAllowed(
                    label("candidacy.state." + state.name()), label("candidacy.action.REVOKE"));
        }
        String why = ("称号 " + titleId + " 撤销：" + decision);
        move(
                "TITLE_REVOKED",
                CandidacyState.REVOKED,
                why.length() > 500 ? why.substring(0, 500) : why,
                decidedBy,
                decidedBy,
                null,
                now);
        return this;
    }

    private void move(
            String action,
            CandidacyState to,
            String reason,
            String username,
            String displayName,
            String organization,
            Instant now) {
        CandidacyState from = state;
        state = to;
        activeKey = to.closed() ? null : activeKey(regionCode, unitId, programme);
        updatedAt = now;
        newSteps.add(new CandidacyStepEntity(id, action, from, to, reason, username, displayName, organization, now));
        events.add(new CandidacyChanged(
                id, subjectName, action, reason, List.of(new FieldChange("state", from.name(), to.name()))));
    }

    private static DefaultMessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    /** The timeline steps recorded since the last call, with the candidacy's id filled in. */
    public List<CandidacyStepEntity> drainSteps() {
        List<CandidacyStepEntity> out = newSteps.stream().map(s -> s.of(id)).toList();
        newSteps.clear();
        return out;
    }

    /** The events registered since the last call, with the candidacy's id filled in. */
    public List<CandidacyChanged> drainEvents() {
        List<CandidacyChanged> out = events.stream()
                .map(e -> new CandidacyChanged(id, e.subjectName(), e.action(), e.reason(), e.changes()))
                .toList();
        events.clear();
        return out;
    }

    public Long id() {
        return id;
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

    public Programme programme() {
        return programme;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public CandidacyState state() {
        return state;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
