package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureFacts.CancelTooLate;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureFacts.NothingToReopen;
import cn.ecozone.procedure.ProcedureFacts.NothingToReturnTo;
import cn.ecozone.procedure.ProcedureFacts.NothingToWithdraw;
import cn.ecozone.procedure.ProcedureFacts.RunClosed;
import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import cn.ecozone.procedure.ProcedureFacts.StaleVersion;
import cn.ecozone.procedure.ProcedureFacts.StepAlreadyTaken;
import cn.ecozone.procedure.RunView.AllowedAction;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.DomainFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The guards of every operation on a run, Spring-free, in the order ADR 0010 §3 sets: the actor's
 * role, the data scope, the task's (and run's) state, the version. Each returns what the operation
 * works on or throws the fact that refuses it. {@link #allowed} asks the same guards, so the
 * actions offered are exactly the ones that would succeed.
 */
public final class Guards {

    /** The kinds of step whose actor may send the run back: those that examine, decide or receive. */
    static final Set<StepKind> RETURNABLE = EnumSet.of(
            StepKind.EXAMINE,
            StepKind.PARALLEL_EXAMINE,
            StepKind.PANEL,
            StepKind.PUBLICITY,
            StepKind.DECIDE,
            StepKind.RECORD_RESULT,
            StepKind.ACKNOWLEDGE);

    private Guards() {}

    /** The open task of the current step that {@code actor} completes (or returns from). */
    public static TaskEntity act(
            RunEntity run,
            List<TaskEntity> tasks,
            ProcedureDefinition definition,
            Actor actor,
            Long taskId,
            long version) {
        StepDefinition step = definition.steps().get(run.currentStep());
        if (!requiredRoles(tasks, step, taskId).contains(actor.role())) {
            throw new NotTheActor();
        }
        scope(run, actor);
        if (run.state() != RunEntity.State.OPEN) {
            throw new RunClosed();
        }
        TaskEntity task = taskId == null ? ownTask(run, tasks, actor) : namedTask(run, tasks, actor, taskId);
        version(run, version);
        return task;
    }

    /** As {@link #act}, for a return: only from steps that examine, decide or receive, never the first. */
    public static TaskEntity returnFrom(
            RunEntity run,
            List<TaskEntity> tasks,
            ProcedureDefinition definition,
            Actor actor,
            Long taskId,
            long version) {
        StepDefinition step = definition.steps().get(run.currentStep());
        if (!requiredRoles(tasks, step, taskId).contains(actor.role())) {
            throw new NotTheActor();
        }
        scope(run, actor);
        if (run.state() != RunEntity.State.OPEN) {
            throw new RunClosed();
        }
        TaskEntity task = taskId == null ? ownTask(run, tasks, actor) : namedTask(run, tasks, actor, taskId);
        if (run.currentStep() == 0 || !RETURNABLE.contains(step.kind())) {
            throw new NothingToReturnTo();
        }
        version(run, version);
        return task;
    }

    /**
     * The done task the actor takes back: its own act in a parallel step that has not joined, or the
     * act that ended the previous step while nobody has acted on the current one.
     */
    public static TaskEntity withdrawable(RunEntity run, List<TaskEntity> tasks, Actor actor, long version) {
        List<TaskEntity> mine = tasks.stream()
                .filter(t -> t.state() == TaskEntity.State.DONE
                        && Long.valueOf(actor.userId()).equals(t.actedBy()))
                .toList();
        if (mine.isEmpty()) {
            throw new NotTheActor();
        }
        scope(run, actor);
        if (run.state() != RunEntity.State.OPEN) {
            throw new NothingToWithdraw();
        }
        TaskEntity last = mine.stream().max(LATEST).orElseThrow();
        boolean unjoined = last.round() == run.round() && last.stepIndex() == run.currentStep();
        boolean endedPrevious = last.stepIndex() == run.currentStep() - 1
                && last.round() == run.round() - 1
                && tasks.stream()
                        .filter(t -> t.round() == last.round() && t.state() == TaskEntity.State.DONE)
                        .max(LATEST)
                        .orElseThrow()
                        .id()
                        .equals(last.id())
                && currentRound(run, tasks).stream().noneMatch(Guards::acted);
        if (!unjoined && !endedPrevious) {
            throw new NothingToWithdraw();
        }
        version(run, version);
        return last;
    }

    /** Cancelling: by the initiator, while no step after the first has been acted on. */
    public static void cancel(RunEntity run, List<TaskEntity> tasks, Actor actor, long version) {
        if (actor.userId() != run.initiatorUserId()) {
            throw new NotTheActor();
        }
        scope(run, actor);
        if (run.state() != RunEntity.State.OPEN) {
            throw new RunClosed();
        }
        if (tasks.stream().anyMatch(t -> t.stepIndex() > 0 && acted(t))) {
            throw new CancelTooLate();
        }
        version(run, version);
    }

    /**
     * The act that finished the run, which {@code actor} reopens: only the user who did it (the
     * confirmer, as in DHIS2 data approval), in scope, on a finished run, at the version seen.
     */
    public static TaskEntity reopenable(
            RunEntity run, List<TaskEntity> tasks, ProcedureDefinition definition, Actor actor, long version) {
        int last = definition.steps().size() - 1;
        TaskEntity finishing = tasks.stream()
                .filter(t -> t.stepIndex() == last && t.state() == TaskEntity.State.DONE)
                .max(LATEST)
                .filter(t -> Long.valueOf(actor.userId()).equals(t.actedBy()) && actor.role() == t.assigneeRole())
                .orElseThrow(NotTheActor::new);
        scope(run, actor);
        if (run.state() != RunEntity.State.FINISHED) {
            throw new NothingToReopen();
        }
        version(run, version);
        return finishing;
    }

    /** The {@code REOPEN} action when {@code actor} may reopen the run now, else none. */
    public static List<AllowedAction> reopenAction(
            RunEntity run, List<TaskEntity> tasks, ProcedureDefinition definition, Actor actor) {
        try {
            TaskEntity t = reopenable(run, tasks, definition, actor, run.version());
            return List.of(new AllowedAction("REOPEN", t.stepCode(), t.id(), List.of(), true, false));
        } catch (DomainFact refused) {
            return List.of();
        }
    }

    /** Whether {@code actor} may see the run: it lies in the actor's data scope. */
    public static void scope(RunEntity run, Actor actor) {
        if (!actor.scope().includes(run.subjectRegionPath())) {
            throw new RunNotFound();
        }
    }

    /** What {@code actor} may do on the run now, by the guards above. */
    public static List<AllowedAction> allowed(
            RunEntity run, List<TaskEntity> tasks, ProcedureDefinition definition, Actor actor) {
        List<AllowedAction> actions = new ArrayList<>();
        StepDefinition step = definition.steps().get(run.currentStep());
        for (TaskEntity t : currentRound(run, tasks)) {
            if (t.state() != TaskEntity.State.OPEN || !t.isFor(actor)) {
                continue;
            }
            if (passes(() -> act(run, tasks, definition, actor, t.id(), run.version()))) {
                actions.add(
                        new AllowedAction("ACT", step.code(), t.id(), step.outcomes(), false, step.opinionRequired()));
            }
            if (passes(() -> returnFrom(run, tasks, definition, actor, t.id(), run.version()))) {
                actions.add(new AllowedAction("RETURN", step.code(), t.id(), List.of(), true, false));
            }
        }
        try {
            TaskEntity t = withdrawable(run, tasks, actor, run.version());
            actions.add(new AllowedAction("WITHDRAW", t.stepCode(), t.id(), List.of(), false, false));
        } catch (DomainFact refused) {
            // not offered
        }
        if (passes(() -> {
            cancel(run, tasks, actor, run.version());
            return null;
        })) {
            actions.add(new AllowedAction("CANCEL", step.code(), null, List.of(), false, false));
        }
        return actions;
    }

    /**
     * The roles an act may have: that of the named task (so that of two actors on one task the later
     * one learns the task was taken, even when the run has moved on to another role's step), else the
     * current step's (all of them when several roles may act on it).
     */
    private static List<cn.ecozone.shared.Role> requiredRoles(
            List<TaskEntity> tasks, StepDefinition step, Long taskId) {
        return tasks.stream()
                .filter(t -> taskId != null && taskId.equals(t.id()))
                .findFirst()
                .map(t -> List.of(t.assigneeRole()))
                .orElseGet(() -> step.actor().roles());
    }

    /** The tasks of the current opening of the current step. */
    public static List<TaskEntity> currentRound(RunEntity run, List<TaskEntity> tasks) {
        return tasks.stream()
                .filter(t -> t.round() == run.round() && t.stepIndex() == run.currentStep())
                .toList();
    }

    static final Comparator<TaskEntity> LATEST = Comparator.comparing(
                    TaskEntity::actedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(TaskEntity::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private static TaskEntity ownTask(RunEntity run, List<TaskEntity> tasks, Actor actor) {
        List<TaskEntity> mine =
                currentRound(run, tasks).stream().filter(t -> t.isFor(actor)).toList();
        if (mine.isEmpty()) {
            throw new NotTheActor();
        }
        return mine.stream()
                .filter(t -> t.state() == TaskEntity.State.OPEN)
                .findFirst()
                .orElseThrow(StepAlreadyTaken::new);
    }

    private static TaskEntity namedTask(RunEntity run, List<TaskEntity> tasks, Actor actor, long taskId) {
        TaskEntity task = tasks.stream()
                .filter(t -> t.id() != null && t.id() == taskId)
                .findFirst()
                .orElseThrow(NotTheActor::new);
        if (!task.isFor(actor)) {
            throw new NotTheActor();
        }
        boolean current = task.round() == run.round() && task.stepIndex() == run.currentStep();
        if (!current || task.state() != TaskEntity.State.OPEN) {
            throw new StepAlreadyTaken();
        }
        return task;
    }

    /** Whether someone acted on the task (completed or returned it). */
    static boolean acted(TaskEntity t) {
        return t.state() == TaskEntity.State.DONE || t.state() == TaskEntity.State.RETURNED;
    }

    private static void version(RunEntity run, long version) {
        if (run.version() != version) {
            throw new StaleVersion();
        }
    }

    private static boolean passes(Supplier<?> guard) {
        try {
            guard.get();
            return true;
        } catch (DomainFact refused) {
            return false;
        }
    }
}
