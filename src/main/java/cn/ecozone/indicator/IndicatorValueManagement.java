package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.SubmissionEntity;
import cn.ecozone.indicator.internal.Submissions;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueHistories;
import cn.ecozone.indicator.internal.ValueHistoryEntity;
import cn.ecozone.indicator.internal.ValueOwner;
import cn.ecozone.indicator.internal.ValueOwners;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly indicator values and their confirmation, of a region itself or of one of its construction
 * units (建设单元): the subject at the region enters and submits; prefecture (or province) staff
 * above it confirm, which locks the values, or return with a reason; a province's own year is
 * confirmed by a division reviewer of that province (see {@code SubmissionEntity.mayApprove}); only
 * the confirmer reopens. Data scope applies to every read and write, a unit's by its region's path.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValueManagement {

    private final EditionCatalog catalog;
    private final Values values;
    private final ValueHistories histories;
    private final Submissions submissions;
    private final ValueOwners owners;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EditionApplicability applicability;

    IndicatorValueManagement(
            EditionApplicability applicability,
            EditionCatalog catalog,
            Values values,
            ValueHistories histories,
            Submissions submissions,
            ValueOwners owners,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applicability = applicability;
        this.catalog = catalog;
        this.values = values;
        this.histories = histories;
        this.submissions = submissions;
        this.owners = owners;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The values of the year of the region itself ({@code unit} null) or of its construction unit
     * {@code unit}, and the actor's permitted actions.
     */
    public IndicatorYear year(String edition, String regionCode, Long unit, int year, Actor actor) {
        EditionModel model = catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        checkYear(model, year);
        return view(edition, owner, year, actor);
    }

    private IndicatorYear view(String edition, ValueOwner owner, int year, Actor actor) {
        SubmissionEntity s = submission(edition, owner, year);
        boolean enters = s.isSubject(actor);
        boolean approves = s.mayApprove(actor);
        List<IndicatorYear.Value> list =
                values.forOwner(edition, owner.region().code(), owner.unitId(), year, year).stream()
                        .map(this::toValue)
                        .toList();
        return new IndicatorYear(
                edition,
                owner.region().code(),
                owner.region().name(),
                owner.unitOrNull(),
                owner.unitName(),
                year,
                s.state(),
                s.reason(),
                s.submittedBy(),
                s.submittedAt(),
                s.decidedByName(),
                s.decidedAt(),
                s.version(),
                enters && s.state().editable(),
                enters && s.state().editable() && !list.isEmpty(),
                approves && s.state() == SubmissionState.SUBMITTED,
                approves && s.state() == SubmissionState.SUBMITTED,
                s.state() == SubmissionState.CONFIRMED && Objects.equals(s.decidedBy(), actor.userId()),
                list);
    }

    /**
     * Enters or changes one value of the region itself ({@code unit} null) or of its construction
     * unit. Preconditions: the actor is the subject ({@code SubmissionEntity.isSubject}), the year is open or
     * returned, the value suits the indicator's type, and a change of an existing value gives a
     * reason; {@code version} is the one read for an existing value. The year's submission row is
     * locked first ({@link #lockYear}), so a submission of the same year waits for this change or this
     * change sees the submitted year.
     */
    @Transactional
    public IndicatorYear.Value enter(ValueInput input, Long unit, Actor actor) {
        EditionModel model = catalog.require(input.edition());
        ValueOwner owner = owners.visible(input.regionCode(), unit, actor);
        checkYear(model, input.year());
        applicability.check(model.edition(), owner.region());
        lockYear(input.edition(), owner, input.year());
        EditionModel.Row row =
                checkEntry(input.edition(), input.regionCode(), unit, input.year(), input.indicator(), actor);
        Region region = owner.region();
        ValueChecks.check(row, input);
        String partsJson = ValueChecks.parts(input.partsJson()).isEmpty() ? null : input.partsJson();
        ValueEntity value = values.find(
                        input.edition(), input.indicator(), input.regionCode(), owner.unitId(), input.year())
                .orElse(null);
        String old = null;
        if (value == null) {
            value = new ValueEntity(
                    input.edition(), input.indicator(), owner.unitId(), region.code(), region.path(), input.year());
        } else {
            if (input.version() == null || input.version() != value.version()) {
                throw ApiException.conflict("error.conflict.stale");
            }
            if (input.reason() == null || input.reason().isBlank()) {
                throw ApiException.invalid("reason", "validation.reason.required");
            }
            old = value.display();
        }
        if (row.valueType() == ValueType.GRADE) {
            value.enterGrade(input.grade().strip(), input.source(), input.note(), actor.username(), clock.instant());
        } else {
            value.enter(
                    input.value(),
                    input.flag(),
                    partsJson,
                    input.source(),
                    input.note(),
                    actor.username(),
                    clock.instant());
        }
        value = values.saveAndFlush(value);
        histories.save(new ValueHistoryEntity(
                value.id(), clock.instant(), actor.username(), old, value.display(), input.reason()));
        events.publishEvent(new ValueEntered(
                input.edition(),
                region.code(),
                owner.unitOrNull(),
                input.year(),
                input.indicator(),
                old,
                value.display(),
                input.reason()));
        return toValue(value);
    }

    /**
     * Submits, confirms, returns or reopens the year of the region itself ({@code unit} null) or of
     * its construction unit; guards live on the aggregate.
     */
    @Transactional
    public IndicatorYear transition(
            String edition, String regionCode, Long unit, int year, Transition transition, String reason, Actor actor) {
        EditionModel model = catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        checkYear(model, year);
        applicability.check(model.edition(), owner.region());
        SubmissionEntity s = lockYear(edition, owner, year);
        switch (transition) {
            case SUBMIT -> {
                if (values.forOwner(edition, regionCode, owner.unitId(), year, year)
                        .isEmpty()) {
                    throw ApiException.unprocessable("empty", null, "error.indicator.submission.empty");
                }
                s.submit(actor, clock.instant());
            }
            case CONFIRM -> s.confirm(actor, clock.instant());
            case RETURN -> s.returnWithReason(actor, reason, clock.instant());
            case REOPEN -> s.reopen(actor, reason, clock.instant());
        }
        submissions.saveAndFlush(s);
        s.drainEvents().forEach(events::publishEvent);
        return view(edition, owner, year, actor);
    }

    /** The submissions (of regions and of construction units) waiting for this actor's confirmation. */
    public List<IndicatorYear> inbox(Actor actor) {
        return submissions.inScope(actor.scope().pathPattern(), SubmissionState.SUBMITTED).stream()
                .filter(s -> s.mayApprove(actor))
                .map(s -> view(s.editionCode(), owners.visible(s.regionCode(), s.unitOrNull(), actor), s.year(), actor))
                .toList();
    }

    /** The four moves of the confirmation path. */
    public enum Transition {
        SUBMIT,
        CONFIRM,
        RETURN,
        REOPEN
    }

    /**
     * The checks every change of a region's own value passes: the edition, region (in scope), year
     * and indicator exist; the actor is the subject at the region; the year is open or returned.
     */
    EditionModel.Row checkEntry(String edition, String regionCode, int year, String indicator, Actor actor) {
        return checkEntry(edition, regionCode, null, year, indicator, actor);
    }

    /** As {@link #checkEntry(String, String, int, String, Actor)}, for the region or its unit {@code unit}. */
    EditionModel.Row checkEntry(String edition, String regionCode, Long unit, int year, String indicator, Actor actor) {
        EditionModel model = catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        checkYear(model, year);
        applicability.check(model.edition(), owner.region());
        EditionModel.Row row = model.byCode().get(indicator);
        if (row == null) {
            throw ApiException.notFound("error.indicator.not-found", indicator);
        }
        SubmissionEntity s = submission(edition, owner, year);
        if (!s.isSubject(actor)) {
            throw ApiException.forbidden("error.indicator.value.not-subject");
        }
        if (!s.state().editable()) {
            throw ApiException.conflict(
                    "error.indicator.value.locked", s.state().name());
        }
        return row;
    }

    /**
     * As {@link #checkEntry(String, String, int, String, Actor)} after locking the year ({@link
     * #lockYear}): for a save inside a write transaction (the import's), so that a submission of the
     * same year cannot slip in between the check and the save.
     */
    EditionModel.Row checkEntryLocked(String edition, String regionCode, int year, String indicator, Actor actor) {
        EditionModel model = catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, null, actor);
        checkYear(model, year);
        applicability.check(model.edition(), owner.region());
        lockYear(edition, owner, year);
        return checkEntry(edition, regionCode, null, year, indicator, actor);
    }

    /** Locks the year's submission row (created open if absent), see {@link Submissions#lockYear}. */
    private SubmissionEntity lockYear(String edition, ValueOwner owner, int year) {
        return submissions.lockYear(
                edition, owner.region().code(), owner.region().path(), owner.unitId(), year);
    }

    /** The held value of the region or its unit, if in the actor's scope; 404 otherwise. */
    ValueEntity visibleValue(String edition, String regionCode, Long unit, int year, String indicator, Actor actor) {
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        return values.find(edition, indicator, regionCode, owner.unitId(), year)
                .orElseThrow(() -> ApiException.notFound("error.indicator.value.not-found", indicator, year));
    }

    private SubmissionEntity submission(String edition, ValueOwner owner, int year) {
        Region region = owner.region();
        return submissions
                .find(edition, region.code(), owner.unitId(), year)
                .orElseGet(() -> new SubmissionEntity(edition, owner.unitId(), region.code(), region.path(), year));
    }

    private IndicatorYear.Value toValue(ValueEntity v) {
        return new IndicatorYear.Value(
                v.indicatorCode(),
                v.numberValue(),
                v.flagValue(),
                v.gradeValue(),
                parts(v),
                v.source(),
                v.note(),
                v.enteredBy(),
                v.enteredAt(),
                v.version());
    }

    /** The stored parts; null for none, or for parts that cannot be read (stored around the checks). */
    private java.util.Map<String, Double> parts(ValueEntity v) {
        try {
            return v.parts() == null ? null : ValueChecks.parts(v.parts());
        } catch (ApiException e) {
            return null;
        }
    }

    private static void checkYear(EditionModel model, int year) {
        if (year < model.edition().firstYear() || year > model.edition().lastYear()) {
            throw ApiException.invalid(
                    "year",
                    "error.indicator.year.outside",
                    year,
                    model.edition().firstYear(),
                    model.edition().lastYear());
        }
    }
}
