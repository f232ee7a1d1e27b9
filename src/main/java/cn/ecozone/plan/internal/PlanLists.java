package cn.ecozone.plan.internal;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.plan.PlanFilter;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.PlanSummary;
import cn.ecozone.plan.StepType;
import cn.ecozone.plan.internal.PlanListRows.PlanRow;
import cn.ecozone.procedure.InboxFilter;
import cn.ecozone.procedure.InboxItem;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * The plan list and the plan inbox, paged, in a fixed number of statements however many plans: the
 * page of plans, where their runs stand (two statements for the whole page) and their subjects'
 * names (one).
 */
@Component
public class PlanLists {

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The most regions a search text may name (a longer list would only come from a one-character search). */
    private static final int NAMED_LIMIT = 500;

    private final Plans plans;
    private final PlanListRows rows;
    private final PlanSteps steps;
    private final ProcedureManagement procedures;
    private final RegionManagement regions;
    private final DeadlineManagement deadlines;
    private final PlanFilingExplanations explanations;

    PlanLists(
            Plans plans,
            PlanListRows rows,
            PlanSteps steps,
            ProcedureManagement procedures,
            RegionManagement regions,
            DeadlineManagement deadlines,
            PlanFilingExplanations explanations) {
        this.plans = plans;
        this.rows = rows;
        this.steps = steps;
        this.procedures = procedures;
        this.regions = regions;
        this.deadlines = deadlines;
        this.explanations = explanations;
    }

    /** The plans in the actor's scope whose title contains {@code keyword} (if given), newest change first. */
    public PageResult<PlanSummary> list(Actor actor, String keyword, int page, int size, LocalDate today) {
        return list(actor, PlanFilter.searching(keyword), page, size, today);
    }

    /**
     * The plans in the actor's scope that match the filter (issue 14 §6): the search text in the title
     * or the subject region's name, the region's subtree, the state, a year the period covers, the
     * programme; in the filter's order. The same statements as without a filter: the region names the
     * search matches come from the cached region tree.
     *
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for a key not in the whitelist
     */
    public PageResult<PlanSummary> list(Actor actor, PlanFilter filter, int page, int size, LocalDate today) {
        Page<PlanRow> found = rows.matching(
                actor.scope(),
                conditions(actor, filter),
                ListSort.parse(filter.sort(), PlanListRows.SORTS, "-updated"),
                Paging.of(page, size, MAX_PAGE_SIZE));
        List<PlanSummary> content = summaries(found.getContent(), today);
        return new PageResult<>(content, found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /**
     * Every plan the filter finds, up to {@code limit}, read a page of {@value #MAX_PAGE_SIZE} at a time
     * (a fixed number of statements per page), with the total the filter finds.
     */
    public PageResult<PlanSummary> all(Actor actor, PlanFilter filter, int limit, LocalDate today) {
        PlanListRows.Conditions conditions = conditions(actor, filter);
        ListSort sort = ListSort.parse(filter.sort(), PlanListRows.SORTS, "-updated");
        List<PlanSummary> out = new ArrayList<>();
        long total = 0;
        for (int p = 0; out.size() < limit; p++) {
            Page<PlanRow> found =
                    rows.matching(actor.scope(), conditions, sort, Paging.of(p, MAX_PAGE_SIZE, MAX_PAGE_SIZE));
            total = found.getTotalElements();
            out.addAll(summaries(found.getContent(), today));
            if (!found.hasNext()) {
                break;
            }
        }
        List<PlanSummary> written = out.size() > limit ? out.subList(0, limit) : out;
        return new PageResult<>(written, 0, written.size(), total);
    }

    private PlanListRows.Conditions conditions(Actor actor, PlanFilter f) {
        String text =
                f.query() == null || f.query().isBlank() ? null : f.query().strip();
        String regionPath = null;
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            regionPath = regions.require(f.regionCode().strip()).path();
        }
        return new PlanListRows.Conditions(
                text == null ? null : Like.containing(text).toLowerCase(Locale.ROOT),
                text == null ? List.of() : named(actor, text),
                regionPath,
                f.state(),
                f.year(),
                f.programme() == null ? null : f.programme().name());
    }

    /** The codes of the regions in the actor's scope whose name contains {@code text}, from the cached tree. */
    private List<String> named(Actor actor, String text) {
        return regions.codesNamed(actor.scope().pathPrefix(), text, NAMED_LIMIT);
    }

    /**
     * The plans whose current step waits for the actor, the drafts and returned plans of the subject
     * among them, whose title contains {@code keyword} (if given): the engine's inbox of plan runs, the
     * earliest due first.
     */
    public PageResult<PlanSummary> inbox(Actor actor, String keyword, int page, int size, LocalDate today) {
        PageResult<InboxItem> waiting = procedures.inbox(
                actor,
                new InboxFilter(PlanProcedure.SUBJECT_TYPE, false, keyword),
                page,
                Math.min(size, MAX_PAGE_SIZE));
        List<Long> ids =
                waiting.content().stream().map(InboxItem::subjectId).distinct().toList();
        Map<Long, PlanEntity> byId =
                plans.findAllById(ids).stream().collect(Collectors.toMap(PlanEntity::id, Function.identity()));
        List<PlanRow> ordered = ids.stream()
                .map(byId::get)
                .filter(Objects::nonNull)
                .map(PlanLists::row)
                .toList();
        return new PageResult<>(summaries(ordered, today), waiting.page(), waiting.size(), waiting.totalElements());
    }

    /** The inbox's plan as the list reads it. */
    private static PlanRow row(PlanEntity p) {
        return new PlanRow(
                p.id(),
                p.programme(),
                p.planKind(),
                p.subjectRegionCode(),
                p.title(),
                p.periodStart(),
                p.periodEnd(),
                p.revision(),
                p.state(),
                p.runId(),
                p.stepsJson(),
                p.filingDue(),
                p.filedOn(),
                p.updatedAt(),
                p.filing());
    }

    private List<PlanSummary> summaries(List<PlanRow> page, LocalDate today) {
        Map<Long, RunSummary> runs = procedures.summaries(
                page.stream().map(PlanRow::runId).filter(Objects::nonNull).toList());
        Map<String, String> names =
                regions.names(page.stream().map(PlanRow::subjectRegionCode).collect(Collectors.toSet()));
        // the open filing step's explanation in English for a request that asks for it (issue 14 §8): one
        // statement; the run summaries carry the Chinese one. Outside a request the JVM's locale says nothing.
        boolean english = LocaleContextHolder.getLocaleContext() != null
                && "en".equals(LocaleContextHolder.getLocale().getLanguage());
        Map<Long, Map<String, List<String>>> translated = english
                ? deadlines.openExplanations(
                        PlanProcedure.SUBJECT_TYPE,
                        page.stream()
                                .filter(p -> p.runId() != null)
                                .map(PlanRow::id)
                                .toList(),
                        Locale.ENGLISH)
                : Map.of();
        return page.stream()
                .map(p -> summary(
                        p,
                        p.runId() == null ? null : runs.get(p.runId()),
                        names,
                        today,
                        translated.getOrDefault(p.id(), Map.of())))
                .toList();
    }

    /** As {@link PlanViews#of} reckons the current step and the filing deadline, from the run's summary. */
    private PlanSummary summary(
            PlanRow p, RunSummary run, Map<String, String> names, LocalDate today, Map<String, List<String>> english) {
        List<PlanStep> path = steps.read(p.stepsJson());
        boolean open = run != null && "OPEN".equals(run.state());
        List<String> recorded = explanations.lines(p.filing());
        PlanStanding standing = open
                ? PlanStanding.of(p.state(), p.filingDue(), recorded, path, true, run.currentStepCode(), run.deadline())
                : PlanStanding.of(p.state(), p.filingDue(), recorded, path, false, null, null);
        return new PlanSummary(
                p.id(),
                p.programme(),
                p.planKind(),
                p.subjectRegionCode(),
                names.get(p.subjectRegionCode()),
                p.title(),
                p.periodStart(),
                p.periodEnd(),
                p.revision(),
                p.state(),
                standing.current(),
                standing.filingDue(),
                standing.current() != null && standing.current().type() == StepType.FILE
                        ? english.getOrDefault("STEP_" + standing.current().code(), standing.explanation())
                        : standing.explanation(),
                p.filedOn(),
                standing.filingOverdue(p.filedOn(), today),
                p.updatedAt());
    }
}
