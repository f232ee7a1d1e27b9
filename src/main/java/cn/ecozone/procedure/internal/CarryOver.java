package cn.ecozone.procedure.internal;

import cn.ecozone.identity.UserManagement;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.procedure.CarriedRun;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureSubject;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.StepDefinition.RoleAt;
import cn.ecozone.procedure.internal.TaskEntity.Assignee;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a record that went part of its path before the engine onto it: a run at the step it waits at
 * (its tasks open for the step's actors, its period counted from the day given), or finished, with the
 * old timeline copied onto the run's. Publishes no step events: nothing happened now.
 */
@Service
@Transactional
public class CarryOver {

    private final Runs runs;
    private final Entries entries;
    private final StepsJson json;
    private final StepOpener opener;
    private final Tasks tasks;
    private final UserManagement users;
    private final Clock clock;

    CarryOver(
            Runs runs,
            Entries entries,
            StepsJson json,
            StepOpener opener,
            Tasks tasks,
            UserManagement users,
            Clock clock) {
        this.runs = runs;
        this.entries = entries;
        this.json = json;
        this.opener = opener;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    /** The new run's id. Precondition: {@code carried.currentStep()} is a step of the definition. */
    public long carry(ProcedureSubject subject, ProcedureDefinition definition, CarriedRun carried) {
        return carry(subject, definition, carried, 0, null);
    }

    /**
     * As {@link #carry(ProcedureSubject, ProcedureDefinition, CarriedRun)}; a finished record whose
     * finishing act user {@code finishedBy} (0: unknown) took, named {@code finisherName}, keeps that
     * act as the last step's done task, so that this user alone may reopen the run.
     */
    public long carry(
            ProcedureSubject subject,
            ProcedureDefinition definition,
            CarriedRun carried,
            long finishedBy,
            String finisherName) {
        int index = carried.currentStep();
        if (index < 0 || index >= definition.steps().size()) {
            throw new IllegalArgumentException("no step " + index + " in " + definition.code());
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
                carried.initiatorUserId(),
                carried.startedAt()));
        for (CarriedRun.PastEntry e : carried.entries()) {
            int at = definition.indexOf(e.stepCode());
            entries.save(new EntryEntity(run.id(), at < 0 ? index : at, e));
        }
        StepDefinition step = definition.steps().get(index);
        if (carried.finished()) {
            int round = run.open(index);
            Instant end = carried.entries().isEmpty()
                    ? clock.instant()
                    : carried.entries().getLast().at();
            if (finishedBy != 0) {
                finishingAct(run, step, round, finishedBy, finisherName, end);
            }
            run.end(RunEntity.State.FINISHED, end);
            return run.id();
        }
        List<TaskEntity> opened = opener.open(run, definition, index, opener.resolve(run, step, List.of()));
        if (carried.periodFrom() != null) {
            opener.register(run, step, opened, carried.periodFrom());
        }
        return run.id();
    }

    /**
     * The finisher's done task at the last step: as the first of the step's actors the user holds at
     * its region (the step's first actor when the user holds none of them any more).
     */
    private void finishingAct(RunEntity run, StepDefinition step, int round, long userId, String name, Instant at) {
        List<RoleAt> actors = step.actor().actors();
        RoleAt as = actors.stream()
                .filter(a ->
                        !users.holders(a.role(), region(run, a), null, userId).isEmpty())
                .findFirst()
                .orElse(actors.getFirst());
        String region = region(run, as);
        TaskEntity task = new TaskEntity(
                run.id(),
                run.currentStep(),
                step.code(),
                step.kind().name(),
                round,
                new Assignee(as.role(), region, null, null, null),
                at);
        String shown = name == null ? "" : name;
        task.closed(
                TaskEntity.State.DONE,
                null,
                null,
                new Actor(userId, shown, shown, as.role(), 0, "", region, run.subjectRegionPath(), false),
                at);
        tasks.save(task);
    }

    private static String region(RunEntity run, RoleAt at) {
        return BodyActors.regionAt(at.level(), run.subjectRegionCode(), run.subjectRegionPath());
    }
}
