package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.Confirmation;
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
import cn.ecozone.indicator.internal.YearViews;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly indicator values of a region itself or of one of its construction units (建设单元): a
 * reporting role of the region ({@link SubjectRoles#isReporter}) enters them while the year is open or
 * returned; their confirmation is {@link IndicatorConfirmationManagement}'s. The first value of a year
 * starts the year's confirmation run. Data scope applies to every read and write, a unit's by its
 * region's path.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValueManagement {

    private final EditionCatalog catalog;
    private final Values values;
    private final ValueHistories histories;
    private final Submissions submissions;
    private final ValueOwners owners;
    private final YearViews views;
    private final Confirmation confirmation;
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
            YearViews views,
            Confirmation confirmation,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applicability = applicability;
        this.catalog = catalog;
        this.values = values;
        this.histories = histories;
        this.submissions = submissions;
        this.owners = owners;
        this.views = views;
        this.confirmation = confirmation;
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
        return views.view(edition, owner, year, actor);
    }

    /**
     * Enters or changes one value of the region itself ({@code unit} null) or of its construction
     * unit. Preconditions: the actor reports for the region ({@link SubjectRoles}), the year is open or
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
        SubmissionEntity s = lockYear(input.edition(), owner, input.year());
        EditionModel.Row row =
                checkEntry(input.edition(), input.regionCode(), unit, input.year(), input.indicator(), actor);
        startRun(s, owner, actor);
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
            value.enterGrade(
                    input.grade().strip(),
                    input.source(),
                    input.note(),
                    actor.username(),
                    actor.organizationName(),
                    clock.instant());
        } else {
            value.enter(
                    input.value(),
                    input.flag(),
                    partsJson,
                    input.source(),
                    input.note(),
                    actor.username(),
                    actor.organizationName(),
                    clock.instant());
        }
        value = values.saveAndFlush(value);
        histories.save(new ValueHistoryEntity(
                value.id(),
                clock.instant(),
                actor.username(),
                actor.organizationName(),
                old,
                value.display(),
                input.reason()));
        events.publishEvent(new ValueEntered(
                input.edition(),
                region.code(),
                owner.unitOrNull(),
                input.year(),
                input.indicator(),
                old,
                value.display(),
                input.reason()));
        return YearViews.toValue(value);
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
        SubmissionEntity s = views.submission(edition, owner, year);
        if (!SubjectRoles.isReporter(
                actor, owner.region().code(), owner.region().level())) {
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
        SubmissionEntity s = lockYear(edition, owner, year);
        EditionModel.Row row = checkEntry(edition, regionCode, null, year, indicator, actor);
        startRun(s, owner, actor);
        return row;
    }

    /**
     * The checks of {@link #checkEntry(String, String, Long, int, String, Actor)} for the region or its
     * unit after locking the year, with the caller's words ({@code lockedKey}, taking the state) for a
     * year that is submitted or confirmed (409); for a change beside the value, such as removing
     * evidence, inside the caller's write transaction.
     */
    EditionModel.Row checkEntryLocked(
            String edition, String regionCode, Long unit, int year, String indicator, Actor actor, String lockedKey) {
        EditionModel model = catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        checkYear(model, year);
        applicability.check(model.edition(), owner.region());
        SubmissionEntity s = lockYear(edition, owner, year);
        if (!s.state().editable()
                && SubjectRoles.isReporter(
                        actor, owner.region().code(), owner.region().level())) {
            throw ApiException.conflict(lockedKey, s.state().name());
        }
        return checkEntry(edition, regionCode, unit, year, indicator, actor);
    }

    /** Starts the year's confirmation run at its first value. Precondition: the actor passed {@link #checkEntry}. */
    private void startRun(SubmissionEntity s, ValueOwner owner, Actor actor) {
        if (s.runId() == null) {
            confirmation.start(s, owner, actor);
        }
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

    static void checkYear(EditionModel model, int year) {
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
