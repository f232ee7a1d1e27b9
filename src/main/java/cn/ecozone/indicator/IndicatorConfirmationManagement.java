package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.Confirmation;
import cn.ecozone.indicator.internal.ConfirmationPath;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.SubmissionEntity;
import cn.ecozone.indicator.internal.Submissions;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueOwner;
import cn.ecozone.indicator.internal.ValueOwners;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.indicator.internal.YearCompleteness;
import cn.ecozone.indicator.internal.YearViews;
import cn.ecozone.region.ConstructionUnitManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confirmation of a year's values (as DHIS2 data approval), on the procedure engine ({@code
 * ConfirmationPath}): a reporting role of the region submits; the body above it confirms, which locks
 * the values, or returns with a reason; only the confirmer reopens, with a reason. Data scope applies
 * first (404), then the role (403), then the year's state (409), then the engine's own guards.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorConfirmationManagement {

    private final EditionCatalog catalog;
    private final EditionApplicability applicability;
    private final ValueOwners owners;
    private final Values values;
    private final Submissions submissions;
    private final Confirmation confirmation;
    private final YearViews views;
    private final ApplicationEventPublisher events;
    private final RegionManagement regions;
    private final ConstructionUnitManagement units;

    IndicatorConfirmationManagement(
            EditionCatalog catalog,
            EditionApplicability applicability,
            ValueOwners owners,
            Values values,
            Submissions submissions,
            Confirmation confirmation,
            YearViews views,
            ApplicationEventPublisher events,
            RegionManagement regions,
            ConstructionUnitManagement units) {
        this.catalog = catalog;
        this.applicability = applicability;
        this.owners = owners;
        this.values = values;
        this.submissions = submissions;
        this.confirmation = confirmation;
        this.views = views;
        this.events = events;
        this.regions = regions;
        this.units = units;
    }

    /** The four moves of the confirmation path. */
    public enum Transition {
        SUBMIT,
        CONFIRM,
        RETURN,
        REOPEN
    }

    /**
     * Submits, confirms, returns or reopens the year of the region itself ({@code unit} null) or of its
     * construction unit. The year's row is locked first, so a value change and a move of the same year
     * are ordered by the database (issue 8 §3).
     */
    @Transactional
    public IndicatorYear transition(
            String edition, String regionCode, Long unit, int year, Transition move, String reason, Actor actor) {
        return transition(edition, regionCode, unit, year, move, reason, List.of(), actor);
    }

    /**
     * As {@link #transition(String, String, Long, int, Transition, String, Actor)}, with the reasons for
     * the applicable indicators left without a value (issue 14 §2, DHIS2's "missing values require a
     * comment"): a submission is refused (400 naming the indicator codes, nothing changes) unless each
     * missing indicator has a non-blank reason; the reasons are kept with the submission, those for
     * indicators that hold a value are dropped. Other moves ignore them.
     */
    @Transactional
    public IndicatorYear transition(
            String edition,
            String regionCode,
            Long unit,
            int year,
            Transition move,
            String reason,
            List<IndicatorYear.MissingReason> missingReasons,
            Actor actor) {
        EditionModel model = catalog.require(edition);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        IndicatorValueManagement.checkYear(model, year);
        applicability.check(model.edition(), owner.region());
        SubmissionEntity s = submissions.lockYear(
                edition, owner.region().code(), owner.region().path(), owner.unitId(), year);
        Map<String, String> explained = null;
        if (move == Transition.SUBMIT) {
            List<ValueEntity> held = values.forOwner(edition, regionCode, owner.unitId(), year, year);
            if (held.isEmpty()) {
                throw ApiException.unprocessable("empty", null, "error.indicator.submission.empty");
            }
            if (!ConfirmationPath.hasRoleOf(ConfirmationPath.SUBMIT, actor, owner.region())) {
                throw ApiException.forbidden("error.indicator.submission.not-subject");
            }
            s.requireAt(move);
            explained = explained(
                    YearCompleteness.of(
                            model,
                            owner.region(),
                            held.stream().map(ValueEntity::indicatorCode).toList()),
                    missingReasons);
        } else if (!ConfirmationPath.hasRoleOf(ConfirmationPath.CONFIRM, actor, owner.region())) {
            throw ApiException.forbidden("error.indicator.submission.not-approver");
        }
        s.requireAt(move);
        if (s.runId() == null) {
            confirmation.start(s, owner, actor);
        }
        confirmation.take(s, move, reason, actor);
        if (explained != null) {
            s.explainMissing(explained);
        }
        submissions.saveAndFlush(s);
        s.drainEvents().forEach(events::publishEvent);
        return views.view(edition, owner, year, actor);
    }

    /**
     * The reasons for the year's missing indicators, by code in the edition's order; 400 naming the
     * codes of those without a non-blank reason.
     */
    private static Map<String, String> explained(
            YearCompleteness completeness, List<IndicatorYear.MissingReason> given) {
        Map<String, String> byCode = new HashMap<>();
        for (IndicatorYear.MissingReason r : given == null ? List.<IndicatorYear.MissingReason>of() : given) {
            if (r != null
                    && r.indicator() != null
                    && r.reason() != null
                    && !r.reason().isBlank()) {
                byCode.put(r.indicator(), r.reason().strip());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        List<String> unexplained = new ArrayList<>();
        for (String code : completeness.missing()) {
            if (byCode.containsKey(code)) {
                out.put(code, byCode.get(code));
            } else {
                unexplained.add(code);
            }
        }
        if (!unexplained.isEmpty()) {
            throw ApiException.invalid(
                    "missingReasons", "error.indicator.submission.missing-unexplained", String.join("、", unexplained));
        }
        return out;
    }

    /** The largest inbox page a client may ask for. */
    public static final int MAX_INBOX_PAGE = 100;

    /**
     * One page of the submitted years (of regions and of construction units) waiting for this actor's
     * confirmation, the longest waiting first (ties by id). Two statements however many: the
     * submitted years in the actor's scope (the confirmer's rule is applied to them in memory, on the
     * cached region tree), and the names of the page's units; the year's values come with the year.
     *
     * @param size 1 to {@value #MAX_INBOX_PAGE} (clamped)
     */
    public PageResult<IndicatorInboxItem> inbox(Actor actor, int page, int size) {
        List<Waiting> waiting = submissions.inScope(actor.scope().pathPattern(), SubmissionState.SUBMITTED).stream()
                .map(s -> new Waiting(s, regions.require(s.regionCode())))
                .filter(w -> ConfirmationPath.hasRoleOf(ConfirmationPath.CONFIRM, actor, w.region()))
                .toList();
        int pageSize = Math.clamp(size, 1, MAX_INBOX_PAGE);
        int number = Math.max(page, 0);
        List<Waiting> content =
                waiting.stream().skip((long) number * pageSize).limit(pageSize).toList();
        Map<Long, String> unitNames = units.names(content.stream()
                .map(w -> w.year().unitOrNull())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return new PageResult<>(
                content.stream()
                        .map(w -> new IndicatorInboxItem(
                                w.year().editionCode(),
                                w.region().code(),
                                w.region().name(),
                                w.year().unitOrNull(),
                                w.year().unitOrNull() == null
                                        ? null
                                        : unitNames.get(w.year().unitOrNull()),
                                w.year().year(),
                                w.year().submittedBy(),
                                w.year().submittedAt()))
                        .toList(),
                number,
                pageSize,
                waiting.size());
    }

    private record Waiting(SubmissionEntity year, Region region) {}
}
