package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.SubmissionEntity;
import cn.ecozone.indicator.internal.Submissions;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueHistories;
import cn.ecozone.indicator.internal.ValueHistoryEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly indicator values and their confirmation: the subject at the region enters and submits;
 * prefecture (or province) staff above it confirm, which locks the values, or return with a reason;
 * only the confirmer reopens. Data scope applies to every read and write.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValueManagement {

    /** Roles that enter values for their own region; province staff enter the province's own values. */
    private static final Set<Role> ENTERING = EnumSet.of(
            Role.PROVINCE_STAFF,
            Role.COUNTY_GOVERNMENT,
            Role.CONSTRUCTION_SUBJECT,
            Role.PREFECTURE_GOVERNMENT,
            Role.PREFECTURE_STAFF,
            Role.COMMITTEE_OFFICE);

    private final EditionCatalog catalog;
    private final Values values;
    private final ValueHistories histories;
    private final Submissions submissions;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final tools.jackson.databind.json.JsonMapper json;

    IndicatorValueManagement(
            EditionCatalog catalog,
            Values values,
            ValueHistories histories,
            Submissions submissions,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock,
            tools.jackson.databind.json.JsonMapper json) {
        this.json = json;
        this.catalog = catalog;
        this.values = values;
        this.histories = histories;
        this.submissions = submissions;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** The region's values of the year and the actor's permitted actions. */
    public IndicatorYear year(String edition, String regionCode, int year, Actor actor) {
        EditionModel model = catalog.require(edition);
        Region region = visible(regionCode, actor);
        checkYear(model, year);
        SubmissionEntity s = submissions
                .find(edition, regionCode, year)
                .orElseGet(() -> new SubmissionEntity(edition, regionCode, region.path(), year));
        boolean enters = ENTERING.contains(actor.role()) && s.isAtRegion(actor);
        boolean approves = s.mayApprove(actor);
        List<IndicatorYear.Value> list = values.forRegion(edition, regionCode, year, year).stream()
                .map(v -> new IndicatorYear.Value(
                        v.indicatorCode(),
                        v.numberValue(),
                        v.flagValue(),
                        parts(v),
                        v.source(),
                        v.note(),
                        v.enteredBy(),
                        v.enteredAt(),
                        v.version()))
                .toList();
        return new IndicatorYear(
                edition,
                regionCode,
                region.name(),
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
     * Enters or changes one value. Preconditions: the actor is the subject at the region, the year
     * is open or returned, the value suits the indicator's type, and a change of an existing value
     * gives a reason; {@code version} is the one read for an existing value.
     */
    @Transactional
    public IndicatorYear.Value enter(ValueInput input, Actor actor) {
        EditionModel.Row row = checkEntry(input.edition(), input.regionCode(), input.year(), input.indicator(), actor);
        Region region = regions.require(input.regionCode());
        ValueChecks.check(row, input);
        ValueEntity value = values.find(input.edition(), input.indicator(), input.regionCode(), input.year())
                .orElse(null);
        String old = null;
        if (value == null) {
            value = new ValueEntity(input.edition(), input.indicator(), region.code(), region.path(), input.year());
        } else {
            if (input.version() == null || input.version() != value.version()) {
                throw ApiException.conflict("error.conflict.stale");
            }
            if (input.reason() == null || input.reason().isBlank()) {
                throw ApiException.invalid("reason", "validation.reason.required");
            }
            old = value.display();
        }
        value.enter(
                input.value(),
                input.flag(),
                input.partsJson(),
                input.source(),
                input.note(),
                actor.username(),
                clock.instant());
        value = values.saveAndFlush(value);
        histories.save(new ValueHistoryEntity(
                value.id(), clock.instant(), actor.username(), old, value.display(), input.reason()));
        events.publishEvent(new ValueEntered(
                input.edition(), region.code(), input.year(), input.indicator(), old, value.display(), input.reason()));
        return new IndicatorYear.Value(
                value.indicatorCode(),
                value.numberValue(),
                value.flagValue(),
                parts(value),
                value.source(),
                value.note(),
                value.enteredBy(),
                value.enteredAt(),
                value.version());
    }

    /** Submits, confirms, returns or reopens the year; guards live on the aggregate. */
    @Transactional
    public IndicatorYear transition(
            String edition, String regionCode, int year, Transition transition, String reason, Actor actor) {
        EditionModel model = catalog.require(edition);
        Region region = visible(regionCode, actor);
        checkYear(model, year);
        SubmissionEntity s = submissions
                .find(edition, regionCode, year)
                .orElseGet(() -> new SubmissionEntity(edition, regionCode, region.path(), year));
        switch (transition) {
            case SUBMIT -> {
                if (values.forRegion(edition, regionCode, year, year).isEmpty()) {
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
        return year(edition, regionCode, year, actor);
    }

    /** The submissions waiting for this actor's confirmation. */
    public List<IndicatorYear> inbox(Actor actor) {
        return submissions.inScope(actor.scope().pathPattern(), SubmissionState.SUBMITTED).stream()
                .filter(s -> s.mayApprove(actor))
                .map(s -> year(s.editionCode(), s.regionCode(), s.year(), actor))
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
     * The checks every change of a value passes: the edition, region (in scope), year and indicator
     * exist; the actor is the subject at the region; the year is open or returned.
     */
    EditionModel.Row checkEntry(String edition, String regionCode, int year, String indicator, Actor actor) {
        EditionModel model = catalog.require(edition);
        Region region = visible(regionCode, actor);
        checkYear(model, year);
        EditionModel.Row row = model.byCode().get(indicator);
        if (row == null) {
            throw ApiException.notFound("error.indicator.not-found", indicator);
        }
        if (!ENTERING.contains(actor.role()) || !region.code().equals(actor.regionCode())) {
            throw ApiException.forbidden("error.indicator.value.not-subject");
        }
        submissions.find(edition, regionCode, year).ifPresent(s -> {
            if (!s.state().editable()) {
                throw ApiException.conflict(
                        "error.indicator.value.locked", s.state().name());
            }
        });
        return row;
    }

    /** The held value, if the region is in the actor's scope; 404 otherwise. */
    ValueEntity visibleValue(String edition, String regionCode, int year, String indicator, Actor actor) {
        visible(regionCode, actor);
        return values.find(edition, indicator, regionCode, year)
                .orElseThrow(() -> ApiException.notFound("error.indicator.value.not-found", indicator, year));
    }

    private java.util.Map<String, Double> parts(ValueEntity v) {
        return v.parts() == null
                ? null
                : json.readValue(
                        v.parts(), new tools.jackson.core.type.TypeReference<java.util.Map<String, Double>>() {});
    }

    private Region visible(String regionCode, Actor actor) {
        Region region = regions.require(regionCode);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", regionCode);
        }
        return region;
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
