package cn.ecozone.workplan;

import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.workplan.internal.WorkPlanEntity;
import cn.ecozone.workplan.internal.WorkPlanViews;
import cn.ecozone.workplan.internal.WorkPlanWorkbook;
import cn.ecozone.workplan.internal.WorkPlans;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * The work plan list with search, filters and order, and its Excel export (issue 14 §5, §6): what
 * the list shows is what the export writes, both bound to the actor's data scope.
 */
@Service
public class WorkPlanListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    /** The sort keys, each with the entity property it orders by; the default is {@code -year}. */
    static final Map<String, String> SORTS = Map.of(
            "year", "year",
            "region", "regionCode",
            "title", "title",
            "state", "state",
            "programme", "programme",
            "updated", "updatedAt");

    private static final int NAMED_LIMIT = 500;

    private final WorkPlans plans;
    private final RegionManagement regions;
    private final WorkPlanWorkbook workbook;
    private final Clock clock;

    WorkPlanListing(WorkPlans plans, RegionManagement regions, WorkPlanWorkbook workbook, Clock clock) {
        this.plans = plans;
        this.regions = regions;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * A page of the plans in the actor's scope that match the filter, in its order: the page, its count
     * and the regions' names (cached), however many plans.
     *
     * @param size 1 to 100 (clamped)
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for an unknown key
     */
    public PageResult<WorkPlanSummary> list(WorkPlanFilter f, int page, int size, Actor actor) {
        Page<WorkPlanEntity> found = find(f, actor, Paging.of(page, size, 100, sort(f.sort())));
        return new PageResult<>(
                new WorkPlanViews(regions, null).summaries(found.getContent()),
                found.getNumber(),
                found.getSize(),
                found.getTotalElements());
    }

    /**
     * Every plan the list shows with this filter (up to {@value #EXPORT_LIMIT}) as an .xlsx workbook
     * with its sheet 说明; the caller sends it through {@code WorkbookExports}, which records it in the
     * audit log with {@link WorkPlanFilter#exportFilters()} before the file leaves.
     */
    public void export(WorkPlanFilter f, Actor actor, OutputStream out) throws IOException {
        Page<WorkPlanEntity> found = find(f, actor, PageRequest.of(0, EXPORT_LIMIT, sort(f.sort())));
        List<WorkPlanSummary> rows = new WorkPlanViews(regions, null).summaries(found.getContent());
        workbook.write(rows, found.getTotalElements(), f, clock.instant(), actor.displayName(), out);
    }

    private Page<WorkPlanEntity> find(WorkPlanFilter f, Actor actor, PageRequest page) {
        String region = "%";
        if (f.regionCode() != null && !f.regionCode().isBlank()) {
            region = regions.require(f.regionCode().strip()).path() + "%";
        }
        String text =
                f.query() == null || f.query().isBlank() ? null : f.query().strip();
        List<String> named =
                text == null ? List.of() : regions.codesNamed(actor.scope().pathPrefix(), text, NAMED_LIMIT);
        return plans.filtered(
                actor.scope().pathPattern(),
                region,
                f.programme(),
                f.year(),
                f.state(),
                text == null ? null : Like.containing(text).toLowerCase(Locale.ROOT),
                // never an empty IN list: no region code is "-"
                named.isEmpty() ? List.of("-") : named,
                page);
    }

    /** The whitelisted order, then the list's default order as tie-breaks. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "-year");
        Sort first = Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression());
        return first.and(Sort.by(
                Sort.Order.desc("year"),
                Sort.Order.asc("regionCode"),
                Sort.Order.asc("programme"),
                Sort.Order.asc("id")));
    }
}
