package cn.ecozone.procedure.web;

import cn.ecozone.procedure.InboxFilter;
import cn.ecozone.procedure.InboxItem;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
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

    ProcedureController(ProcedureManagement procedures) {
        this.procedures = procedures;
    }

    /**
     * What waits for the logged-in user, in its data scope, the earliest due first; {@code q} narrows
     * to subject titles containing it.
     */
    @GetMapping("/api/procedures/inbox")
    PageResult<InboxItem> inbox(
            @RequestParam(required = false) String subjectType,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return procedures.inbox(CurrentActor.require(), new InboxFilter(subjectType, overdue, q), page, size);
    }

    /** A run with the actions the logged-in user may take; 404 outside its data scope. */
    @GetMapping("/api/procedure-runs/{id}")
    RunView run(@PathVariable long id) {
        return procedures.view(id, CurrentActor.require());
    }
}
