package cn.ecozone.workplan.internal;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.workplan.WorkPlanState;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * A work plan's filing on the procedure engine: the run decides who may act and when (its {@code
 * allowedActions}), keeps the one timeline, and says where the plan stands; this class passes the
 * subject's and the receiver's commands on and mirrors the run's position onto the plan. Callers hold
 * the transaction and have checked the plan's version and the actor's scope.
 */
@Component
public class WorkPlanProcedure {

    private static final String ACT = "ACT";

    private final ProcedureManagement procedures;
    private final Clock clock;

    WorkPlanProcedure(ProcedureManagement procedures, Clock clock) {
        this.procedures = procedures;
        this.clock = clock;
    }

    /** Starts the run of a saved plan without one; {@code NotTheActor} unless the actor is its subject. */
    public void start(WorkPlanEntity w, WorkPlanPath path, Actor actor) {
        ProcedureSubject subject = new ProcedureSubject(
                WorkPlanPath.SUBJECT_TYPE,
                w.id(),
                w.regionCode(),
                w.regionPath(),
                w.title() == null ? "年度工作计划" : w.title(),
                "/work-plans?id=" + w.id());
        w.started(procedures.start(subject, path.definition(), actor).id());
    }

    /** The plan was renamed: its open run and the run's open deadlines show the new title. */
    public void retitle(WorkPlanEntity w) {
        procedures.retitle(WorkPlanPath.SUBJECT_TYPE, w.id(), w.title());
    }

    /**
     * The plan's run as the actor sees it; empty for a plan created before V36 that has none yet. A
     * work plan is never abandoned (the subject keeps one per year and edits it), so its API offers no
     * cancel: the engine's {@code CANCEL} is left out of the allowed actions.
     */
    public Optional<RunView> run(WorkPlanEntity w, Actor actor) {
        if (w.runId() == null) {
            return Optional.empty();
        }
        return Optional.of(procedures.view(w.runId(), actor).without("CANCEL"));
    }

    /**
     * Throws unless the actor may file the plan now, i.e. change it: 403 for anybody but the subject
     * while the plan is with the subject, 409 once it has left it. A plan created before V36 gets its
     * run here, at the subject's first write.
     */
    public RunView requireEditable(WorkPlanEntity w, Supplier<WorkPlanPath> path, Actor actor) {
        if (w.runId() == null && withSubject(w.state())) {
            start(w, path.get(), actor);
        }
        RunView run = run(w, actor).orElseThrow(() -> notEditable(w));
        if (task(run, WorkPlanPath.FILE).isPresent()) {
            return run;
        }
        if (withSubject(w.state())) {
            throw new NotTheActor();
        }
        throw notEditable(w);
    }

    /** The subject files: its act of the {@code FILE} step, with the document it files. */
    public void file(WorkPlanEntity w, RunView run, Actor actor) {
        Long task = task(run, WorkPlanPath.FILE).orElseThrow(NotTheActor::new);
        moved(w, "FILED", null, procedures.act(command(run, task, w.documentId()), actor));
    }

    /** The filer takes the filing back while the receiver has not acted. */
    public void withdraw(WorkPlanEntity w, Actor actor) {
        RunView run = require(w, actor);
        moved(w, "WITHDRAWN", null, procedures.act(new ProcedureCommand.Withdraw(run.id(), run.version()), actor));
    }

    /** The receiver returns the filing to the subject with a reason. */
    public void returnWithReason(WorkPlanEntity w, String reason, Actor actor) {
        RunView run = require(w, actor);
        RunView after = procedures.act(new ProcedureCommand.Return(run.id(), run.version(), reason), actor);
        moved(w, "RETURNED", after.timeline().getLast().opinion(), after);
    }

    /**
     * The receiver acknowledges the filing (备案回执); its act ends the run.
     *
     * @throws NotTheActor when no receipt step is open to {@code actor} (e.g. the subject on its draft)
     */
    public void acknowledge(WorkPlanEntity w, Actor actor) {
        RunView run = require(w, actor);
        Long task = run.allowedActions().stream()
                .filter(a -> ACT.equals(a.action()) && !WorkPlanPath.FILE.equals(a.stepCode()))
                .map(AllowedAction::taskId)
                .findFirst()
                .orElseThrow(NotTheActor::new);
        moved(w, "RECEIVED", null, procedures.act(command(run, task, null), actor));
    }

    /** Where a plan stands by its run: with the subject (draft or returned), filed, or received. */
    public static WorkPlanState state(RunView run, boolean hasReceiver) {
        if ("OPEN".equals(run.state()) && WorkPlanPath.FILE.equals(run.currentStepCode())) {
            List<EntryView> t = run.timeline();
            return !t.isEmpty() && "RETURN".equals(t.getLast().action()) ? WorkPlanState.RETURNED : WorkPlanState.DRAFT;
        }
        return "FINISHED".equals(run.state()) && hasReceiver ? WorkPlanState.RECEIVED : WorkPlanState.FILED;
    }

    private void moved(WorkPlanEntity w, String action, String reason, RunView after) {
        w.moved(state(after, w.receiver() != null), action, clock.instant(), reason);
    }

    private RunView require(WorkPlanEntity w, Actor actor) {
        return run(w, actor).orElseThrow(() -> notEditable(w));
    }

    private static ProcedureCommand.Act command(RunView run, Long task, Long documentId) {
        return new ProcedureCommand.Act(
                run.id(), run.version(), task, null, null, documentId == null ? List.of() : List.of(documentId), null);
    }

    private static Optional<Long> task(RunView run, String stepCode) {
        return run.allowedActions().stream()
                .filter(a -> ACT.equals(a.action()) && stepCode.equals(a.stepCode()))
                .map(AllowedAction::taskId)
                .findFirst();
    }

    private static boolean withSubject(WorkPlanState state) {
        return state == WorkPlanState.DRAFT || state == WorkPlanState.RETURNED;
    }

    private static ApiException notEditable(WorkPlanEntity w) {
        return ApiException.conflict("error.workplan.not-editable", w.state().name());
    }
}
