package cn.ecozone.procedure.internal;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.deadline.RegisteredDeadline;
import cn.ecozone.identity.Contact;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.identity.OrganizationManagement;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.procedure.BodyActors;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.ProcedureFacts.AssigneesNeeded;
import cn.ecozone.procedure.ProcedureFacts.NoOrganizationToAct;
import cn.ecozone.procedure.ProcedureTaskOpened;
import cn.ecozone.procedure.StepDefinition;
import cn.ecozone.procedure.internal.TaskEntity.Assignee;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a step of a run: who its tasks are for (a role in the region the rules name, each
 * organization of a kind there, or the appointed users), its period as a deadline, and the
 * {@link ProcedureTaskOpened} events; and closes a step's deadline when the step ends.
 */
@Component
class StepOpener {

    private final Tasks tasks;
    private final OrganizationManagement organizations;
    private final UserManagement users;
    private final DeadlineManagement deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StepOpener(
            Tasks tasks,
            OrganizationManagement organizations,
            UserManagement users,
            DeadlineManagement deadlines,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.users = users;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The assignees of a step opened anew. Appointed users must hold the step's role in its region.
     *
     * @throws AssigneesNeeded when an appointed step gets none or an unfit one
     */
    List<Assignee> resolve(RunEntity run, StepDefinition step, List<Long> appointed) {
        StepDefinition.ActorRule rule = step.actor();
        String region = BodyActors.regionAt(rule.level(), run.subjectRegionCode(), run.subjectRegionPath());
        if (rule.appointed()) {
            Set<Long> holders =
                    users.holders(rule.role(), region).stream().map(Contact::id).collect(Collectors.toSet());
            if (appointed.isEmpty() || !holders.containsAll(appointed)) {
                throw new AssigneesNeeded();
            }
            return appointed.stream()
                    .distinct()
                    .map(u -> new Assignee(rule.role(), region, null, null, u))
                    .toList();
        }
        if (rule.organizationKind() != null) {
            List<Assignee> found =
                    organizations.ofKind(OrganizationKind.valueOf(rule.organizationKind()), region).stream()
                            .map(o -> new Assignee(rule.role(), region, o.id(), o.name(), null))
                            .toList();
            if (found.isEmpty()) {
                throw new NoOrganizationToAct(rule.organizationKind(), region);
            }
            return found;
        }
        // several roles: one task for each (the first act ends the step)
        return rule.actors().stream()
                .map(a -> new Assignee(
                        a.role(),
                        BodyActors.regionAt(a.level(), run.subjectRegionCode(), run.subjectRegionPath()),
                        null,
                        null,
                        null))
                .toList();
    }

    /** Opens step {@code index} in a new round with one task per assignee, and registers its period. */
    List<TaskEntity> open(RunEntity run, ProcedureDefinition definition, int index, List<Assignee> assignees) {
        int round = run.open(index);
        return openTasks(run, definition, index, round, assignees);
    }

    /** Opens tasks in the current round (a withdrawn act's task again). */
    List<TaskEntity> openTasks(
            RunEntity run, ProcedureDefinition definition, int index, int round, List<Assignee> assignees) {
        StepDefinition step = definition.steps().get(index);
        Instant now = clock.instant();
        List<TaskEntity> opened = assignees.stream()
                .map(a ->
                        new TaskEntity(run.id(), index, step.code(), step.kind().name(), round, a, now))
                .toList();
        if (step.period() != null) {
            register(run, step, opened, start(run, definition, step));
        }
        tasks.saveAll(opened);
        for (TaskEntity t : opened) {
            announce(run, step, t);
        }
        return opened;
    }

    /**
     * Opens a withdrawn act's task again in its round. The step's period was registered when the step
     * opened and runs on: the new task keeps the withdrawn one's due date (ADR 0010, Periods), and nothing is
     * registered anew. Precondition: {@code withdrawn} belongs to the run's current step and round.
     */
    TaskEntity reopen(RunEntity run, ProcedureDefinition definition, TaskEntity withdrawn) {
        StepDefinition step = definition.steps().get(withdrawn.stepIndex());
        TaskEntity task = new TaskEntity(
                run.id(),
                withdrawn.stepIndex(),
                step.code(),
                step.kind().name(),
                withdrawn.round(),
                withdrawn.assignee(),
                clock.instant());
        task.deadline(withdrawn.dueDate(), withdrawn.deadlineExplanation());
        tasks.save(task);
        announce(run, step, task);
        return task;
    }

    private void announce(RunEntity run, StepDefinition step, TaskEntity t) {
        events.publishEvent(new ProcedureTaskOpened(
                run.id(),
                t.id(),
                run.subjectType(),
                run.subjectId(),
                run.subjectTitle(),
                run.subjectLink(),
                step.code(),
                t.assigneeRole().name(),
                t.assigneeRegionCode(),
                t.assigneeOrganizationId(),
                t.assigneeUserId()));
    }

    /**
     * Registers the period of a step opened with {@code opened}, counted from {@code start}
     * (registering again replaces the open deadline), and keeps the due date on the tasks.
     */
    void register(RunEntity run, StepDefinition step, List<TaskEntity> opened, LocalDate start) {
        if (step.period() == null || opened.isEmpty()) {
            return;
        }
        RegisteredDeadline d = deadlines.register(new DeadlineRequest(
                run.subjectType(),
                run.subjectId(),
                kind(step),
                title(run, step),
                opened.getFirst().assigneeRegionCode(),
                step.actor().role(),
                start,
                step.period().workingDays(),
                step.period().counting(),
                run.subjectLink()));
        opened.forEach(t -> t.deadline(d.dueDate(), String.join("\n", d.explanation())));
    }

    /** Closes the step's deadline, if it has a period. */
    void closePeriod(RunEntity run, StepDefinition step) {
        if (step.period() != null) {
            deadlines.close(run.subjectType(), run.subjectId(), kind(step));
        }
    }

    /** The deadline kind of a step: one open deadline per run subject and step. */
    static String kind(StepDefinition step) {
        return "STEP_" + step.code();
    }

    /**
     * The period starts at the completion of its {@code fromStep} (or at the date its actor gave, e.g.
     * the promulgation date: IM eco-civ art. 6), or else today.
     */
    private LocalDate start(RunEntity run, ProcedureDefinition definition, StepDefinition step) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineManagement.ZONE);
        if (step.period().fromStep() == null) {
            return today;
        }
        int from = definition.indexOf(step.period().fromStep());
        return tasks.findByRunIdOrderById(run.id()).stream()
                .filter(t -> t.stepIndex() == from && t.state() == TaskEntity.State.DONE)
                .max(Comparator.comparing(TaskEntity::actedAt))
                .map(t -> t.countsFrom() != null
                        ? t.countsFrom()
                        : LocalDate.ofInstant(t.actedAt(), DeadlineManagement.ZONE))
                .orElse(today);
    }

    /** The title of a step's deadline: the subject's title and the step's name. */
    static String title(RunEntity run, StepDefinition step) {
        String title = run.subjectTitle() + "：" + (step.nameZh() == null ? step.code() : step.nameZh());
        return title.length() > 300 ? title.substring(0, 300) : title;
    }
}
