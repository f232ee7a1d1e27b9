package cn.ecozone.enforcement.internal;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.enforcement.EnforcementFacts;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Actor;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on a rectification's run: the subject's report (kept with the rectification, its text the
 * step's opinion and its attachments the step's documents), the department's acceptance (the run ends,
 * the rectification is completed and its deadline closed) or return with a reason. The engine guards
 * who acts and the run's {@code version} (a stale one is 409).
 */
@Component
public class RectificationActs {

    private final Rectifications rectifications;
    private final ProcedureManagement procedures;
    private final DeadlineManagement deadlines;

    RectificationActs(Rectifications rectifications, ProcedureManagement procedures, DeadlineManagement deadlines) {
        this.rectifications = rectifications;
        this.procedures = procedures;
        this.deadlines = deadlines;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity report(long id, long version, String report, List<Long> documentIds, Actor actor) {
        RectificationEntity r = locked(id, actor);
        r.reported(report);
        procedures.act(new ProcedureCommand.Act(r.runId(), version, null, null, r.report(), documentIds, null), actor);
        return rectifications.saveAndFlush(r);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity accept(long id, long version, String opinion, Actor actor) {
        RectificationEntity r = locked(id, actor);
        var run = procedures.act(new ProcedureCommand.Act(r.runId(), version, null, null, opinion, null, null), actor);
        if ("FINISHED".equals(run.state())) {
            r.completed();
            deadlines.close(EnforcementRules.RECTIFICATION_RUN, r.id(), RectificationOrders.DEADLINE_KIND);
        }
        return rectifications.saveAndFlush(r);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public RectificationEntity returnReport(long id, long version, String reason, Actor actor) {
        RectificationEntity r = locked(id, actor);
        procedures.act(new ProcedureCommand.Return(r.runId(), version, reason), actor);
        return r;
    }

    private RectificationEntity locked(long id, Actor actor) {
        return rectifications
                .lockById(id)
                .filter(r -> actor.scope().includes(r.regionPath()))
                .orElseThrow(EnforcementFacts.RectificationNotFound::new);
    }
}
