package cn.ecozone.plan.internal;

import cn.ecozone.plan.PlanFacts.NotInProgress;
import cn.ecozone.plan.PlanFacts.NotTheActor;
import cn.ecozone.plan.PlanFacts.WithdrawTooLate;
import cn.ecozone.plan.PlanFacts.WrongStep;
import cn.ecozone.plan.PlanState;
import cn.ecozone.plan.PlanStep;
import cn.ecozone.plan.StepType;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureDefinitions;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A plan's path on the procedure engine (ADR 0010), as {@code workplan.internal.WorkPlanProcedure}
 * does for work plans: the run decides who may act and when (its {@code allowedActions}) and keeps the
 * one timeline; this class starts a revision's run, finds the actor's task in the plan's order of
 * refusals (role, then state, then step), passes the moves on and says where the plan stands. Callers
 * hold the transaction and have checked the plan's scope and version.
 */
@Component
public class PlanProcedure {

    /** The subject type of plan runs (and of their step deadlines). */
    public static final String SUBJECT_TYPE = "PLAN";

    private static final Set<String> ENGINE_ACTIONS = Set.of("ACT", "RETURN", "WITHDRAW", "CANCEL");

    private final ProcedureManagement procedures;
    private final ProcedureDefinitions definitions;
    private final RegulationManagement regulations;
    private final RegionManagement regions;

    PlanProcedure(
            ProcedureManagement procedures,
            ProcedureDefinitions definitions,
            RegulationManagement regulations,
            RegionManagement regions) {
        this.procedures = procedures;
        this.definitions = definitions;
        this.regulations = regulations;
        this.regions = regions;
    }

    /** The path of the plan's regulation version for its subject's level, as the engine runs it. */
    public ProcedureDefinition definition(PlanEntity p) {
        var regulation = regulations
                .find(p.regulationCode(), p.regulationVersion())
                .orElseThrow(() -> new IllegalStateException("plan " + p.id() + ": regulation gone"));
        return definitions
                .planPath(regulation, regions.require(p.subjectRegionCode()).level())
                .orElseThrow(() -> new IllegalStateException("plan " + p.id() + ": no plan path"));
    }

    /** The subject of the plan's runs: inbox and deadlines show its title and link to it. */
    public static ProcedureSubject subject(PlanEntity p) {
        return new ProcedureSubject(
                SUBJECT_TYPE, p.id(), p.subjectRegionCode(), p.subjectRegionPath(), p.title(), "/plans/" + p.id());
    }

    /** Starts the run of the plan's current revision; its first step is the subject's. */
    public void start(PlanEntity p, Actor actor) {
        p.started(procedures.start(subject(p), definition(p), actor).id());
    }

    /** The plan was renamed: its open run and the run's open deadlines show the new title. */
    public void retitle(PlanEntity p) {
        procedures.retitle(SUBJECT_TYPE, p.id(), p.title());
    }

    /** The run of the plan's current revision as the actor sees it; {@code null} without one. */
    public RunView run(PlanEntity p, Actor actor) {
        return p.runId() == null ? null : procedures.view(p.runId(), actor);
    }

    /** The type of the step the plan's run waits at, or null when none waits. */
    public StepType currentType(PlanEntity p, List<PlanStep> steps, Actor actor) {
        RunView run = run(p, actor);
        return run == null || run.currentStepCode() == null
                ? null
                : step(steps, run.currentStepCode()).type();
    }

    /** Every run of the plan (one per revision), the earliest first. */
    public List<RunView> history(PlanEntity p, Actor actor) {
        return p.runId() == null ? List.of() : procedures.history(SUBJECT_TYPE, p.id(), actor);
    }

    /**
     * The actor's task at the current step, which must be of one of {@code types}.
     *
     * @throws NotTheActor when the actor takes no step of the path, or not this one
     * @throws NotInProgress when no step waits; {@link WrongStep} when another step waits
     */
    public AllowedAction task(PlanEntity p, List<PlanStep> steps, RunView run, PlanActors actors, StepType... types) {
        actors.requireParticipant(steps);
        if (run == null || !"OPEN".equals(run.state())) {
            throw new NotInProgress(p.state());
        }
        PlanStep current = step(steps, run.currentStepCode());
        if (!List.of(types).contains(current.type())) {
            throw p.state() == PlanState.IN_PROGRESS ? new WrongStep(current.nameZh()) : new NotInProgress(p.state());
        }
        return allowed(run, "ACT").orElseThrow(NotTheActor::new);
    }

    /** Completes the task; later periods count from {@code countsFrom} when given (IM eco-civ art. 6). */
    public RunView act(
            RunView run,
            AllowedAction task,
            String outcome,
            String opinion,
            List<Long> documentIds,
            LocalDate countsFrom,
            Actor actor) {
        var command = new ProcedureCommand.Act(
                run.id(), run.version(), task.taskId(), outcome, opinion, documentIds, List.of());
        return countsFrom == null ? procedures.act(command, actor) : procedures.act(command, countsFrom, actor);
    }

    /** Throws unless the actor of the current (non-subject) step may send the plan back. */
    public void requireReturn(PlanEntity p, List<PlanStep> steps, RunView run, PlanActors actors) {
        actors.requireParticipant(steps);
        if (p.state() != PlanState.IN_PROGRESS || run == null) {
            throw new NotInProgress(p.state());
        }
        allowed(run, "RETURN").orElseThrow(NotTheActor::new);
    }

    /** Sends the plan back with a reason (the step's {@code return_to} says where). */
    public RunView returnWithReason(RunView run, String reason, Actor actor) {
        return procedures.act(new ProcedureCommand.Return(run.id(), run.version(), reason), actor);
    }

    /** Takes the actor's last act back while the next actor has not acted. */
    public RunView withdraw(PlanEntity p, List<PlanStep> steps, RunView run, PlanActors actors) {
        actors.requireParticipant(steps);
        if (p.state() != PlanState.IN_PROGRESS || run == null) {
            throw new NotInProgress(p.state());
        }
        allowed(run, "WITHDRAW").orElseThrow(WithdrawTooLate::new);
        return procedures.act(new ProcedureCommand.Withdraw(run.id(), run.version()), actors.actor());
    }

    /** The plan's own entry (text attached, expiry, …) on its run's timeline; {@code actor} null: the platform. */
    public void record(
            PlanEntity p,
            cn.ecozone.plan.PlanRecordAction action,
            String opinion,
            List<Long> documentIds,
            Actor actor) {
        if (p.runId() != null) {
            procedures.record(p.runId(), action.name(), opinion, documentIds, actor);
        }
    }

    /** Where a plan stands by its run: with the subject (draft or returned), on its path, or in force. */
    public static PlanState state(RunView run, List<PlanStep> steps) {
        if ("OPEN".equals(run.state())) {
            if (!run.steps().getFirst().code().equals(run.currentStepCode())) {
                return PlanState.IN_PROGRESS;
            }
            return lastMove(run).filter(e -> "RETURN".equals(e.action())).isPresent()
                    ? PlanState.RETURNED
                    : PlanState.DRAFT;
        }
        return steps.stream().anyMatch(s -> s.type() == StepType.FILE) ? PlanState.FILED : PlanState.IN_FORCE;
    }

    /** The last of the engine's own entries (act, return, withdraw), leaving out the plan's own. */
    public static Optional<EntryView> lastMove(RunView run) {
        return run.timeline().reversed().stream()
                .filter(e -> ENGINE_ACTIONS.contains(e.action()))
                .findFirst();
    }

    /** The action the actor may take, if the run offers it (a plan is never cancelled: its API has no cancel). */
    public static Optional<AllowedAction> allowed(RunView run, String action) {
        return run == null
                ? Optional.empty()
                : run.allowedActions().stream()
                        .filter(a -> action.equals(a.action()))
                        .findFirst();
    }

    /** The pinned step with {@code code}. */
    public static PlanStep step(List<PlanStep> steps, String code) {
        return steps.stream()
                .filter(s -> s.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no step " + code));
    }
}
