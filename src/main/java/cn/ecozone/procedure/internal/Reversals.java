package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureFacts.ReopenNeedsReason;
import cn.ecozone.procedure.ProcedureFacts.ReturnNeedsReason;
import cn.ecozone.procedure.ProcedureFinished;
import cn.ecozone.procedure.ProcedureReturned;
import cn.ecozone.procedure.ProcedureWithdrawn;
import cn.ecozone.procedure.RunNotice.Opening;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.internal.TaskEntity.Assignee;
import cn.ecozone.regulation.Step.ReturnTo;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operations that send a run back: return with a reason (siblings of a parallel step close as
 * {@code SUPERSEDED}, the target step reopens for the assignees who acted on it), withdraw by the last
 * actor, and cancel by the initiator. Each locks the run's row first and reads the run and its tasks
 * after the lock ({@link RunLock}).
 */
@Service
@Transactional
public class Reversals {

    private final RunLock lock;
    private final Tasks tasks;
    private final Entries entries;
    private final StepsJson json;
    private final StepOpener opener;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Reversals(
            RunLock lock,
            Tasks tasks,
            Entries entries,
            StepsJson json,
            StepOpener opener,
            ApplicationEventPublisher events,
            Clock clock) {
        this.lock = lock;
        this.tasks = tasks;
        this.entries = entries;
        this.json = json;
        this.opener = opener;
        this.events = events;
        this.clock = clock;
    }

    /** Sends the run back from its current step to the previous step or the initiator's. */
    public void returnRun(ProcedureCommand.Return command, Actor actor) {
        RunLock.Locked locked = lock.lock(command.runId());
        RunEntity run = locked.run();
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = locked.tasks();
        TaskEntity task = Guards.returnFrom(run, all, definition, actor, null, command.version());
        String reason = Engine.text("reason", command.reason());
        if (reason == null) {
            throw new ReturnNeedsReason();
        }
        int index = run.currentStep();
        StepDefinition step = definition.steps().get(index);
        int target = step.returnTo() == ReturnTo.INITIATOR ? 0 : index - 1;
        List<Assignee> again = actedOn(all, target);
        if (again.isEmpty() || definition.steps().get(target).actor().anyOfSeveral()) {
            again = opener.resolve(run, definition.steps().get(target), List.of());
        }
        Instant now = clock.instant();
        task.closed(TaskEntity.State.RETURNED, null, reason, actor, now);
        closeOpen(run, all, TaskEntity.State.SUPERSEDED, now);
        entries.save(new EntryEntity(run.id(), index, step.code(), "RETURN", null, reason, actor, List.of(), now));
        opener.closePeriod(run, step);
        opener.open(run, definition, target, again);
        events.publishEvent(new ProcedureReturned(
                run.id(),
                run.subjectType(),
                run.subjectId(),
                step.code(),
                definition.steps().get(target).code(),
                reason,
                actor.userId()));
    }

    /** Takes back the actor's last act; its task opens again (and the next step's open tasks close). */
    public void withdraw(ProcedureCommand.Withdraw command, Actor actor) {
        RunLock.Locked locked = lock.lock(command.runId());
        RunEntity run = locked.run();
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = locked.tasks();
        TaskEntity done = Guards.withdrawable(run, all, actor, command.version());
        Instant now = clock.instant();
        done.withdrawn();
        StepDefinition step = definition.steps().get(done.stepIndex());
        if (done.stepIndex() == run.currentStep()) {
            run.touch();
            opener.reopen(run, definition, done);
        } else {
            closeOpen(run, all, TaskEntity.State.WITHDRAWN, now);
            opener.closePeriod(run, definition.steps().get(run.currentStep()));
            opener.open(
                    run,
                    definition,
                    done.stepIndex(),
                    step.actor().anyOfSeveral() ? opener.resolve(run, step, List.of()) : List.of(done.assignee()));
        }
        entries.save(new EntryEntity(
                run.id(), done.stepIndex(), step.code(), "WITHDRAW", null, null, actor, List.of(), now));
        events.publishEvent(
                new ProcedureWithdrawn(run.id(), run.subjectType(), run.subjectId(), step.code(), actor.userId()));
    }

    /** Ends the run on the initiator's word, before the first examination. */
    public void cancel(ProcedureCommand.Cancel command, Actor actor) {
        RunLock.Locked locked = lock.lock(command.runId());
        RunEntity run = locked.run();
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = locked.tasks();
        Guards.cancel(run, all, actor, command.version());
        String reason = Engine.text("reason", command.reason());
        Instant now = clock.instant();
        StepDefinition step = definition.steps().get(run.currentStep());
        closeOpen(run, all, TaskEntity.State.CANCELLED, now);
        opener.closePeriod(run, step);
        run.end(RunEntity.State.CANCELLED, now);
        entries.save(new EntryEntity(
                run.id(), run.currentStep(), step.code(), "CANCEL", null, reason, actor, List.of(), now));
        events.publishEvent(new ProcedureFinished(
                run.id(), run.subjectType(), run.subjectId(), run.state().name(), run.initiatorUserId()));
    }

    /**
     * Ends an open run on its subject module's word, with no actor (the platform: e.g. a rectification
     * escalated by a decision): its open tasks are cancelled, the current step's period closed, a
     * {@code CANCEL} entry with {@code reason} written and listeners told. A run that is no longer open
     * is left as it is.
     */
    public void end(long runId, String reason) {
        RunLock.Locked locked = lock.lock(runId);
        RunEntity run = locked.run();
        if (run.state() != RunEntity.State.OPEN) {
            return;
        }
        ProcedureDefinition definition = json.read(run);
        StepDefinition step = definition.steps().get(run.currentStep());
        Instant now = clock.instant();
        closeOpen(run, locked.tasks(), TaskEntity.State.CANCELLED, now);
        opener.closePeriod(run, step);
        run.end(RunEntity.State.CANCELLED, now);
        entries.save(new EntryEntity(
                run.id(), run.currentStep(), step.code(), "CANCEL", Engine.text("reason", reason), now));
        events.publishEvent(new ProcedureFinished(
                run.id(),
                run.subjectType(),
                run.subjectId(),
                run.state().name(),
                run.initiatorUserId(),
                Engine.text("reason", reason)));
    }

    /**
     * Opens a finished run again at its first step for the roles the rules name there, with the
     * reason on the timeline (entry {@code REOPEN} at the finishing step); tells listeners as a return
     * to the first step.
     */
    public void reopen(ProcedureCommand.Reopen command, Actor actor) {
        RunLock.Locked locked = lock.lock(command.runId());
        RunEntity run = locked.run();
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = locked.tasks();
        TaskEntity finishing = Guards.reopenable(run, all, definition, actor, command.version());
        String reason = Engine.text("reason", command.reason());
        if (reason == null) {
            throw new ReopenNeedsReason();
        }
        Instant now = clock.instant();
        StepDefinition first = definition.steps().getFirst();
        run.reopen();
        entries.save(new EntryEntity(
                run.id(), finishing.stepIndex(), finishing.stepCode(), "REOPEN", null, reason, actor, List.of(), now));
        opener.open(run, definition, 0, opener.resolve(run, first, List.of()));
        events.publishEvent(new ProcedureReturned(
                run.id(),
                run.subjectType(),
                run.subjectId(),
                finishing.stepCode(),
                first.code(),
                reason,
                actor.userId()));
    }

    /**
     * The assignees who acted on step {@code index} when the run last passed it: its latest round with
     * acts, and the rounds before it that a withdrawal opened (one division taking its act back after
     * the join and redoing it), back to the opening that advanced or returned to the step. So a return
     * into a parallel step reopens every division that acted on it, not only the one that redid its act.
     */
    private static List<Assignee> actedOn(List<TaskEntity> all, int index) {
        List<Integer> rounds = all.stream()
                .filter(t -> t.stepIndex() == index && t.state() == TaskEntity.State.DONE)
                .map(TaskEntity::round)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        Set<Integer> passage = new HashSet<>();
        for (int round : rounds) {
            passage.add(round);
            TaskEntity first =
                    all.stream().filter(t -> t.round() == round).findFirst().orElseThrow();
            if (Openings.of(first, all).opening() != Opening.WITHDRAWN) {
                break;
            }
        }
        return all.stream()
                .filter(t ->
                        t.stepIndex() == index && passage.contains(t.round()) && t.state() == TaskEntity.State.DONE)
                .map(TaskEntity::assignee)
                .distinct()
                .toList();
    }

    /** Closes the open tasks of the current round, under the run's lock. */
    static void closeOpen(RunEntity run, List<TaskEntity> all, TaskEntity.State end, Instant now) {
        for (TaskEntity t : Guards.currentRound(run, all)) {
            if (t.state() == TaskEntity.State.OPEN) {
                t.closed(end, null, null, null, now);
            }
        }
    }
}
