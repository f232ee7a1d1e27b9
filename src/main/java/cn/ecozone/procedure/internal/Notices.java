package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureDefinition;
import cn.ecozone.procedure.RunNotice;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Builds the {@link RunNotice} of a run: two statements (run, tasks). */
@Component
public class Notices {

    private final Runs runs;
    private final Tasks tasks;
    private final StepsJson json;

    Notices(Runs runs, Tasks tasks, StepsJson json) {
        this.runs = runs;
        this.tasks = tasks;
        this.json = json;
    }

    public Optional<RunNotice> notice(long runId) {
        return runs.findById(runId).map(this::notice);
    }

    private RunNotice notice(RunEntity run) {
        ProcedureDefinition definition = json.read(run);
        List<TaskEntity> all = tasks.findByRunIdOrderById(run.id());
        return new RunNotice(
                run.id(),
                run.subjectType(),
                run.subjectId(),
                run.subjectTitle(),
                run.subjectLink(),
                run.state().name(),
                run.initiatorUserId(),
                definition.steps().stream()
                        .map(s -> new RunNotice.Step(
                                s.code(), s.nameZh(), s.kind().name(), s.article()))
                        .toList(),
                all.stream().map(t -> task(t, all)).toList());
    }

    private static RunNotice.Task task(TaskEntity t, List<TaskEntity> all) {
        Openings.Answer why = Openings.of(t, all);
        return new RunNotice.Task(
                t.id(),
                t.stepCode(),
                t.round(),
                t.state().name(),
                t.assigneeRole(),
                t.assigneeRegionCode(),
                t.assigneeOrganizationId(),
                t.assigneeUserId(),
                t.actedBy(),
                why.opening(),
                why.returning() == null ? null : why.returning().stepCode(),
                why.returning() == null ? null : why.returning().opinion());
    }
}
