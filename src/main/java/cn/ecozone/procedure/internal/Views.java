package cn.ecozone.procedure.internal;

import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.RunView;
import cn.ecozone.procedure.RunView.DeadlineView;
import cn.ecozone.procedure.RunView.EntryView;
import cn.ecozone.procedure.RunView.PeriodView;
import cn.ecozone.procedure.RunView.StepView;
import cn.ecozone.procedure.RunView.TaskView;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds the {@link RunView} of a run for an actor: three statements (run, tasks, timeline). */
@Component
public class Views {

    private final Runs runs;
    private final Tasks tasks;
    private final Entries entries;
    private final StepsJson json;
    private final Clock clock;
    private final RunStandings standings;
    private final DeadlineManagement deadlines;

    Views(
            Runs runs,
            Tasks tasks,
            Entries entries,
            StepsJson json,
            Clock clock,
            RunStandings standings,
            DeadlineManagement deadlines) {
        this.standings = standings;
        this.deadlines = deadlines;
        this.runs = runs;
        this.tasks = tasks;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /** The run as {@code actor} sees it; {@code RunNotFound} when absent or outside the actor's scope. */
    public RunView view(long runId, Actor actor) {
        RunEntity run = runs.findById(runId).orElseThrow(cn.ecozone.procedure.ProcedureFacts.RunNotFound::new);
        Guards.scope(run, actor);
        return view(run, actor);
    }

    /** As {@link #view(long, Actor)}, offering {@code REOPEN} to the user whose act finished the run. */
    public RunView viewReopenable(long runId, Actor actor) {
        RunView v = view(runId, actor);
        if (!"FINISHED".equals(v.state())) {
            return v;
        }
        RunEntity run = runs.findById(runId).orElseThrow();
        List<cn.ecozone.procedure.RunView.AllowedAction> reopen =
                Guards.reopenAction(run, tasks.findByRunIdOrderById(runId), json.read(run), actor);
        return new RunView(
                v.id(),
                v.state(),
                v.definitionCode(),
                v.definitionVersion(),
                v.version(),
                v.steps(),
                v.currentStepCode(),
                v.tasks(),
                v.deadline(),
                reopen,
                v.timeline());
    }

    /** The latest run of a subject record, if it has one in the actor's scope. */
    public Optional<RunView> forSubject(String subjectType, long subjectId, Actor actor) {
        return runs.findBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId).stream()
                .findFirst()
                .filter(r -> actor.scope().includes(r.subjectRegionPath()))
                .map(r -> view(r, actor));
    }

    /** Every run of a subject record in the actor's scope, the earliest first (e.g. one per revision). */
    public List<RunView> history(String subjectType, long subjectId, Actor actor) {
        return runs.findBySubjectTypeAndSubjectIdOrderByIdDesc(subjectType, subjectId).reversed().stream()
                .filter(r -> actor.scope().includes(r.subjectRegionPath()))
                .map(r -> view(r, actor))
                .toList();
    }

    /**
     * Where each of {@code runIds} stands, by run id (absent ids are left out): two statements
     * however many runs, for lists. No scope check: callers list their own subjects in scope.
     */
    public Map<Long, cn.ecozone.procedure.RunSummary> summaries(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, RunStanding.Due> earliest = new HashMap<>();
        for (RunStanding.Due due : standings.dues(runIds)) {
            earliest.merge(due.runId(), due, (a, b) -> b.dueDate().isBefore(a.dueDate()) ? b : a);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineManagement.ZONE);
        Map<Long, cn.ecozone.procedure.RunSummary> out = new HashMap<>();
        for (RunStanding.Run run : standings.runs(runIds)) {
            boolean open = run.state() == RunEntity.State.OPEN;
            RunStanding.Due due = earliest.get(run.id());
            out.put(
                    run.id(),
                    new cn.ecozone.procedure.RunSummary(
                            run.id(),
                            run.state().name(),
                            open
                                    ? json.steps(run.stepsJson())
                                            .get(run.currentStep())
                                            .code()
                                    : null,
                            open && due != null
                                    ? new DeadlineView(
                                            due.dueDate(), due.dueDate().isBefore(today), lines(due.explanation()))
                                    : null,
                            open ? run.opening() : 0));
        }
        return out;
    }

    /**
     * The timelines of {@code runIds} by run id (runs without entries are left out): one statement
     * however many runs. No scope check: callers list their own subjects in scope.
     */
    public Map<Long, List<EntryView>> timelines(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<EntryView>> out = new LinkedHashMap<>();
        for (EntryEntity e : entries.timelines(runIds)) {
            out.computeIfAbsent(e.runId(), id -> new ArrayList<>()).add(entry(e));
        }
        return out;
    }

    private static EntryView entry(EntryEntity e) {
        return new EntryView(
                e.stepCode(),
                e.action(),
                e.outcome(),
                e.opinion(),
                e.actorName(),
                e.actorRole(),
                e.organizationName(),
                e.at(),
                e.documentIds());
    }

    private static List<String> lines(String explanation) {
        return explanation == null ? List.of() : List.of(explanation.split("\n"));
    }

    private RunView view(RunEntity run, Actor actor) {
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = tasks.findByRunIdOrderById(run.id());
        boolean open = run.state() == RunEntity.State.OPEN;
        return new RunView(
                run.id(),
                run.state().name(),
                run.definitionCode(),
                run.definitionVersion(),
                run.version(),
                definition.steps().stream()
                        .map(s -> new StepView(
                                s.code(),
                                s.nameZh(),
                                s.kind().name(),
                                s.article(),
                                s.period() == null
                                        ? null
                                        : new PeriodView(
                                                s.period().workingDays(),
                                                s.period().counting().name(),
                                                s.period().fromStep()),
                                s.actor().roles().stream().map(Enum::name).toList()))
                        .toList(),
                open ? definition.steps().get(run.currentStep()).code() : null,
                all.stream()
                        .map(t -> new TaskView(
                                t.id(),
                                t.stepCode(),
                                t.state().name(),
                                t.assigneeRole().name(),
                                t.assigneeRegionCode(),
                                t.assigneeOrganizationName(),
                                t.outcome(),
                                t.actedByName(),
                                t.actedAt()))
                        .toList(),
                open ? deadline(run, Guards.currentRound(run, all)) : null,
                open ? Guards.allowed(run, all, definition, actor) : List.of(),
                entries.timeline(run.id()).stream().map(Views::entry).toList());
    }

    /**
     * The current round's earliest deadline. The task keeps the explanation in Chinese; in an English
     * request the deadline module's English explanation of the same step deadline is shown (issue 14 §8).
     */
    private DeadlineView deadline(RunEntity run, List<TaskEntity> current) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), DeadlineManagement.ZONE);
        // only a request that asks for English gets it: outside a request (a job, a direct call) the holder
        // falls back to the JVM's default locale, which says nothing about the reader
        boolean english = LocaleContextHolder.getLocaleContext() != null
                && "en".equals(LocaleContextHolder.getLocale().getLanguage());
        return current.stream()
                .filter(t -> t.dueDate() != null)
                .min(Comparator.comparing(TaskEntity::dueDate))
                .map(t -> new DeadlineView(
                        t.dueDate(),
                        t.dueDate().isBefore(today),
                        english
                                ? deadlines
                                        .openExplanation(
                                                run.subjectType(),
                                                run.subjectId(),
                                                "STEP_" + t.stepCode(),
                                                LocaleContextHolder.getLocale())
                                        .orElseGet(() -> lines(t.deadlineExplanation()))
                                : lines(t.deadlineExplanation())))
                .orElse(null);
    }
}
