package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureFacts.NotTheActor;
import cn.ecozone.procedure.ProcedureFacts.OpinionNeeded;
import cn.ecozone.procedure.ProcedureFacts.OutcomeNotAllowed;
import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import cn.ecozone.procedure.ProcedureFacts.TextTooLong;
import cn.ecozone.procedure.ProcedureFinished;
import cn.ecozone.procedure.ProcedureStepCompleted;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.procedure.internal.TaskEntity.Assignee;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starting a run and acting on its current step. Every operation locks the run's row first and
 * reads the run and its tasks after the lock ({@link RunLock}), so that the join of a parallel step
 * is decided under the lock and of two actors on one task the second sees the first's act: its guard
 * refuses with {@code StepAlreadyTaken}.
 */
@Service
@Transactional
public class Engine {

    static final int MAX_TEXT = 2000;

    private final Runs runs;
    private final RunLock lock;
    private final Entries entries;
    private final StepsJson json;
    private final StepOpener opener;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Requirements requirements;

    Engine(
            Runs runs,
            RunLock lock,
            Entries entries,
            StepsJson json,
            StepOpener opener,
            ApplicationEventPublisher events,
            Clock clock,
            Requirements requirements) {
        this.runs = runs;
        this.lock = lock;
        this.entries = entries;
        this.json = json;
        this.opener = opener;
        this.events = events;
        this.clock = clock;
        this.requirements = requirements;
    }

    /**
     * Starts a run of {@code definition} for {@code subject}, pinning the steps, and opens the first
     * step for the actor the rules name (which must be {@code actor}'s role and region).
     */
    public long start(ProcedureSubject subject, ProcedureDefinition definition, Actor actor) {
        checkSubject(subject);
        StepDefinition first = definition.steps().getFirst();
        if (!first.actor().admits(actor.role(), actor.regionCode(), subject.regionCode(), subject.regionPath())) {
            throw new NotTheActor();
        }
        if (!actor.scope().includes(subject.regionPath())) {
            throw new RunNotFound();
        }
        RunEntity run = runs.save(new RunEntity(
                subject.type(),
                subject.id(),
                subject.regionCode(),
                subject.regionPath(),
                subject.title().strip(),
                subject.link(),
                definition.code(),
                definition.version(),
                json.write(definition),
                actor.userId(),
                clock.instant()));
        opener.open(run, definition, 0, opener.resolve(run, first, List.of()));
        return run.id();
    }

    /** Completes the actor's task; the step ends when none of its tasks is open, and the next opens. */
    public void act(ProcedureCommand.Act command, Actor actor) {
        act(command, null, actor);
    }

    /**
     * As {@link #act(ProcedureCommand.Act, Actor)}; the periods of later steps counted from this step
     * run from {@code countsFrom} when it is given (a date the actor entered), else from the act.
     */
    public void act(ProcedureCommand.Act command, LocalDate countsFrom, Actor actor) {
        RunLock.Locked locked = lock.lock(command.runId());
        RunEntity run = locked.run();
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = locked.tasks();
        TaskEntity task = Guards.act(run, all, definition, actor, command.taskId(), command.version());
        int index = run.currentStep();
        StepDefinition step = definition.steps().get(index);
        String outcome = outcome(step, command.outcome());
        String opinion = text("opinion", command.opinion());
        if (step.opinionRequired() && opinion == null) {
            throw new OpinionNeeded();
        }
        if (!step.requires().isEmpty()) {
            requirements.require(
                    new StepRequirement.Context(
                            run.id(),
                            run.subjectType(),
                            run.subjectId(),
                            step.code(),
                            step.kind(),
                            outcome,
                            run.round()),
                    step.requires());
        }
        // a step several roles may act on ends with the first act; a parallel one when no task is open
        boolean joins = step.actor().anyOfSeveral()
                || Guards.currentRound(run, all).stream()
                        .noneMatch(t -> t.state() == TaskEntity.State.OPEN && !t.id().equals(task.id()));
        boolean last = index == definition.steps().size() - 1;
        List<Assignee> next = joins && !last
                ? opener.resolve(run, definition.steps().get(index + 1), command.assignees())
                : List.of();
        Instant now = clock.instant();
        task.closed(TaskEntity.State.DONE, outcome, opinion, actor, now);
        if (countsFrom != null) {
            task.countFrom(countsFrom);
        }
        entries.save(new EntryEntity(
                run.id(), index, step.code(), "ACT", outcome, opinion, actor, command.documentIds(), now));
        if (!joins) {
            run.touch();
            return;
        }
        opener.closePeriod(run, step);
        if (step.actor().anyOfSeveral()) {
            Reversals.closeOpen(run, all, TaskEntity.State.SUPERSEDED, now);
        }
        if (last) {
            run.end(RunEntity.State.FINISHED, now);
            events.publishEvent(new ProcedureStepCompleted(
                    run.id(), run.subjectType(), run.subjectId(), step.code(), outcome, null));
            events.publishEvent(new ProcedureFinished(
                    run.id(), run.subjectType(), run.subjectId(), run.state().name(), run.initiatorUserId()));
            return;
        }
        events.publishEvent(new ProcedureStepCompleted(
                run.id(),
                run.subjectType(),
                run.subjectId(),
                step.code(),
                outcome,
                definition.steps().get(index + 1).code()));
        opener.open(run, definition, index + 1, next);
    }

    private static String outcome(StepDefinition step, String outcome) {
        String given = outcome == null || outcome.isBlank() ? null : outcome.strip();
        if (step.outcomes().isEmpty() ? given != null : !step.outcomes().contains(given)) {
            throw new OutcomeNotAllowed(String.join(", ", step.outcomes()));
        }
        return given;
    }

    /** A stripped text, or {@code null} when blank. */
    static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new TextTooLong(field, MAX_TEXT);
        }
        return text.strip();
    }

    private static void checkSubject(ProcedureSubject s) {
        if (s.type() == null || s.type().isBlank() || s.type().length() > 32) {
            throw new IllegalArgumentException("a subject type of 1 to 32 characters");
        }
        if (s.title() == null || s.title().isBlank() || s.title().strip().length() > 300) {
            throw new IllegalArgumentException("a subject title of 1 to 300 characters");
        }
        if (s.link() == null
                || !s.link().startsWith("/")
                || s.link().startsWith("//")
                || s.link().length() > 300) {
            throw new IllegalArgumentException("the link must be an absolute UI path: " + s.link());
        }
    }
}
