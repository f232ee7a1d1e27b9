package cn.ecozone.report.internal;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunSummary;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.regulation.PlanRules;
import cn.ecozone.report.ReportState;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An annual report's run on the procedure engine (ADR 0010, ADR 0034): the path of the regulation's
 * {@code ANNUAL_REPORT} check for the subject's level (IM eco-civ art. 17: county → league bureau; GZ art.
 * 18: county → municipal bureau → department), whose review steps return to the subject with reasons or
 * accept. The run decides who may act; this class passes commands on and mirrors where the run stands
 * onto the report. Callers hold the transaction and the report's lock.
 */
@Component
public class ReportProcedure {

    /** The subject type of an annual report's run. */
    public static final String SUBJECT_TYPE = "ANNUAL_REPORT";

    /** The subject's step, the first of every shipped path. */
    public static final String SUBMIT = "SUBMIT";

    private final ProcedureManagement procedures;

    ReportProcedure(ProcedureManagement procedures) {
        this.procedures = procedures;
    }

    /** The definition of a report's path; {@code code} names the regulation and level. */
    public static ProcedureDefinition definition(String regulationCode, int version, PlanRules.Path path) {
        return ProcedureDefinitions.of(
                regulationCode + "/annual-report/" + path.subjectLevel(), version, path.steps(), path.subjectLevel());
    }

    /** Starts the run of a saved report; {@code NotTheActor} unless the actor acts at its first step. */
    public RunView start(ReportEntity r, ProcedureDefinition definition, Actor actor) {
        ProcedureSubject subject = new ProcedureSubject(
                SUBJECT_TYPE,
                r.id(),
                r.regionCode(),
                r.regionPath(),
                r.subjectName() + " " + r.year() + "年度报告",
                "/annual-reports/" + r.id());
        RunView run = procedures.start(subject, definition, actor);
        r.started(run.id(), run.currentStepCode());
        return run;
    }

    /** The run as the actor sees it (a report is never cancelled: no CANCEL). */
    public RunView run(ReportEntity r, Actor actor) {
        return procedures.view(r.runId(), actor).without("CANCEL");
    }

    /** Which opening of its current step the run is in (ADR 0027). */
    public int opening(ReportEntity r) {
        Map<Long, RunSummary> s = procedures.summaries(List.of(r.runId()));
        RunSummary summary = s.get(r.runId());
        return summary == null ? 0 : summary.opening();
    }

    /** The task of {@code stepCode} open to the actor, if the run offers it. */
    public static Optional<Long> task(RunView run, String action, String stepCode) {
        return run.allowedActions().stream()
                .filter(a -> action.equals(a.action()) && (stepCode == null || stepCode.equals(a.stepCode())))
                .map(AllowedAction::taskId)
                .findFirst();
    }

    /** The actor completes its task at {@code stepCode} (submits, or accepts as a reviewer). */
    public RunView act(ReportEntity r, RunView run, String stepCode, String opinion, Actor actor) {
        Long task = task(run, "ACT", stepCode).orElseThrow(NotTheActor::new);
        return procedures.act(
                new ProcedureCommand.Act(run.id(), run.version(), task, null, opinion, List.of(), null), actor);
    }

    /** A reviewer returns the report to the subject with a reason (each review step: return_to INITIATOR). */
    public RunView returnWithReason(RunView run, String reason, Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw ApiException.invalid("reason", "validation.required");
        }
        return procedures.act(new ProcedureCommand.Return(run.id(), run.version(), reason.strip()), actor);
    }

    /** The subject takes its submission back while the reviewer has not acted. */
    public RunView withdraw(RunView run, Actor actor) {
        return procedures.act(new ProcedureCommand.Withdraw(run.id(), run.version()), actor);
    }

    /** Where a report stands by its run. */
    public static ReportState state(RunView run) {
        if ("FINISHED".equals(run.state())) {
            return ReportState.ACCEPTED;
        }
        if (SUBMIT.equals(run.currentStepCode())) {
            var t = run.timeline();
            return !t.isEmpty() && "RETURN".equals(t.getLast().action()) ? ReportState.RETURNED : ReportState.OPEN;
        }
        return ReportState.SUBMITTED;
    }

    /** The reason of the latest return, for a report back with its subject. */
    public static String lastReturnReason(RunView run) {
        return run.timeline().reversed().stream()
                .filter(e -> "RETURN".equals(e.action()))
                .findFirst()
                .map(RunView.EntryView::opinion)
                .orElse(null);
    }
}
