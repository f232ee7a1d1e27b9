package cn.ecozone.plan;

import cn.ecozone.plan.internal.PlanLists;
import cn.ecozone.plan.internal.PlanWorkbook;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan list with its filters and order, and its Excel export (issue 14 §5, §6): what the list
 * shows is what the export writes. Both are bound to the actor's data scope.
 */
@Service
public class PlanListing {

    /** The most rows one export writes. */
    public static final int EXPORT_LIMIT = 10_000;

    private final PlanLists lists;
    private final PlanWorkbook workbook;
    private final Clock clock;

    PlanListing(PlanLists lists, PlanWorkbook workbook, Clock clock) {
        this.lists = lists;
        this.workbook = workbook;
        this.clock = clock;
    }

    /**
     * A page of the plans in the actor's scope that match the filter, in its order, in a fixed number
     * of statements, with no transaction around them (ADR 0017).
     *
     * @param size 1 to 100 (clamped)
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for an unknown sort key
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public PageResult<PlanSummary> list(Actor actor, PlanFilter filter, int page, int size) {
        return lists.list(actor, filter, page, size, today());
    }

    /**
     * Every plan the list shows with this filter (up to {@value #EXPORT_LIMIT}), as an .xlsx workbook
     * with its sheet 说明. The caller sends it through {@code WorkbookExports}, which records the export
     * in the audit log with {@link PlanFilter#exportFilters()} before the file leaves.
     */
    public void export(Actor actor, PlanFilter filter, OutputStream out) throws IOException {
        PageResult<PlanSummary> rows = lists.all(actor, filter, EXPORT_LIMIT, today());
        workbook.write(rows.content(), rows.totalElements(), filter, clock.instant(), actor.displayName(), out);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(PlanManagement.ZONE));
    }
}
