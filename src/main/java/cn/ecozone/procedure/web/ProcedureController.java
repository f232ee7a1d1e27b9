package cn.ecozone.procedure.web;

import cn.ecozone.procedure.InboxFilter;
import cn.ecozone.procedure.InboxItem;
import cn.ecozone.procedure.InboxListing;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox across every procedure and a run as its user sees it. Subject modules keep their own
 * endpoints for acting and embed the {@link RunView}.
 */
@RestController
@Access.BusinessStaff
class ProcedureController {

    private final ProcedureManagement procedures;
    private final InboxListing inbox;
    private final WorkbookExports exports;

    ProcedureController(ProcedureManagement procedures, InboxListing inbox, WorkbookExports exports) {
        this.procedures = procedures;
        this.inbox = inbox;
        this.exports = exports;
    }

    /**
     * What waits for the logged-in user, in its data scope, the earliest due first unless {@code sort}
     * says otherwise (issue 14 §6): {@code q} narrows to subject titles or region names containing it;
     * {@code due} to overdue tasks, tasks due within 7 days, or tasks without a period ({@code
     * overdue=true} is {@code due=OVERDUE}).
     */
    @GetMapping("/api/procedures/inbox")
    PageResult<InboxItem> inbox(
            @RequestParam(required = false) @Size(max = 40) String subjectType,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) StepKind stepKind,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 40) String regulation,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) InboxFilter.Due due,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        InboxFilter filter =
                new InboxFilter(subjectType, overdue, q, stepKind, programme, regulation, regionCode, due, sort);
        return procedures.inbox(CurrentActor.require(), filter, page, size);
    }

    /**
     * The inbox with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit
     * log with its filters before the file leaves.
     */
    @GetMapping("/api/procedures/inbox/export")
    void exportInbox(
            @RequestParam(required = false) @Size(max = 40) String subjectType,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) StepKind stepKind,
            @RequestParam(required = false) Programme programme,
            @RequestParam(required = false) @Size(max = 40) String regulation,
            @RequestParam(required = false) @Size(max = 12) String regionCode,
            @RequestParam(required = false) InboxFilter.Due due,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        InboxFilter filter =
                new InboxFilter(subjectType, overdue, q, stepKind, programme, regulation, regionCode, due, sort);
        exports.export(
                response,
                "Inbox:export",
                filter.exportFilters(),
                "我的待办.xlsx",
                out -> inbox.export(filter, CurrentActor.require(), out));
    }

    /** A run with the actions the logged-in user may take; 404 outside its data scope. */
    @GetMapping("/api/procedure-runs/{id}")
    RunView run(@PathVariable long id) {
        return procedures.view(id, CurrentActor.require());
    }
}
