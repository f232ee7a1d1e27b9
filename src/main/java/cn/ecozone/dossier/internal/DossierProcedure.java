package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierState;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.Body;
import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A dossier's submission on the procedure engine (ADR 0010), as {@code plan.internal.PlanProcedure} does
 * for plans: the chain of the pinned regulation for the subject's level; submitting starts the run (the
 * first time) and completes the subject's first step, so that the receiver's task opens; the receiver
 * returns with a reason, the subject withdraws while the receiver has not acted. The dossier's state
 * mirrors the run ({@link #state}). Callers hold the transaction and have checked scope and version.
 */
@Component
public class DossierProcedure {

    /** The subject type of dossier runs. */
    public static final String SUBJECT_TYPE = "DOSSIER";

    private static final Set<String> ENGINE_ACTIONS = Set.of("ACT", "RETURN", "WITHDRAW", "CANCEL");

    private final ProcedureManagement procedures;
    private final ProcedureDefinitions definitions;

    DossierProcedure(ProcedureManagement procedures, ProcedureDefinitions definitions) {
        this.procedures = procedures;
        this.definitions = definitions;
    }

    /**
     * The chain the dossier is submitted on.
     *
     * @throws ApiException 422 where the regulation has no chain for the level, or one whose first step
     *     is not the subject's submission
     */
    public ProcedureDefinition definition(Regulation regulation, DossierEntity d) {
        var chain = regulation.applicationChain(d.subjectLevel());
        if (chain.isEmpty()
                || chain.get().steps().isEmpty()
                || chain.get().steps().getFirst().actor() != Body.SUBJECT
                || chain.get().steps().getFirst().kind() != StepKind.SUBMIT) {
            throw ApiException.unprocessable(
                    "no-chain", null, "error.dossier.no-chain", regulation.code(), regulation.version());
        }
        return definitions.applicationChain(regulation, d.subjectLevel()).orElseThrow();
    }

    public static ProcedureSubject subject(DossierEntity d) {
        return new ProcedureSubject(
                SUBJECT_TYPE, d.id(), d.regionCode(), d.regionPath(), d.subjectName() + " 申报材料", "/dossiers/" + d.id());
    }

    /** Starts the run (first submission) or goes on with it (after a return or withdrawal), completing the subject's step. */
    public RunView submit(Regulation regulation, DossierEntity d, Actor actor) {
        RunView run = d.runId() == null
                ? procedures.start(subject(d), definition(regulation, d), actor)
                : procedures.view(d.runId(), actor);
        var task = allowed(run, "ACT").orElseThrow(() -> ApiException.forbidden("error.dossier.not-subject"));
        return procedures.act(
                new ProcedureCommand.Act(run.id(), run.version(), task.taskId(), null, null, List.of(), List.of()),
                actor);
    }

    /** The run as the actor sees it; null before the first submission. */
    public RunView run(DossierEntity d, Actor actor) {
        return d.runId() == null ? null : procedures.view(d.runId(), actor).without("CANCEL");
    }

    /** The engine's act, return or withdrawal on the dossier's run. */
    public RunView act(DossierEntity d, String action, String reason, String outcome, Long taskId, Actor actor) {
        if (d.runId() == null) {
            throw ApiException.conflict("error.dossier.not-submitted");
        }
        RunView run = procedures.view(d.runId(), actor);
        ProcedureCommand command = switch (action) {
            case "ACT" ->
                new ProcedureCommand.Act(run.id(), run.version(), taskId, outcome, reason, List.of(), List.of());
            case "RETURN" -> new ProcedureCommand.Return(run.id(), run.version(), reason);
            case "WITHDRAW" -> new ProcedureCommand.Withdraw(run.id(), run.version());
            default -> throw ApiException.invalid("action", "error.dossier.action");
        };
        return procedures.act(command, actor);
    }

    /** Where a dossier stands by its run. */
    public static DossierState state(RunView run) {
        if (run == null) {
            return DossierState.DRAFT;
        }
        if ("FINISHED".equals(run.state())) {
            return DossierState.ACCEPTED;
        }
        if ("CANCELLED".equals(run.state())) {
            return DossierState.WITHDRAWN;
        }
        if (!run.steps().getFirst().code().equals(run.currentStepCode())) {
            return DossierState.SUBMITTED;
        }
        String last = run.timeline().reversed().stream()
                .map(RunView.EntryView::action)
                .filter(ENGINE_ACTIONS::contains)
                .findFirst()
                .orElse("");
        return switch (last) {
            case "RETURN" -> DossierState.RETURNED;
            case "WITHDRAW" -> DossierState.WITHDRAWN;
            default -> DossierState.DRAFT;
        };
    }

    public static Optional<RunView.AllowedAction> allowed(RunView run, String action) {
        return run == null
                ? Optional.empty()
                : run.allowedActions().stream()
                        .filter(a -> action.equals(a.action()))
                        .findFirst();
    }
}
