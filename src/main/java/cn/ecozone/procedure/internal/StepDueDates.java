package cn.ecozone.procedure.internal;

import cn.ecozone.deadline.DeadlineRescheduled;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A step's deadline counted again (a year's calendar replaced, ADR 0014): the open tasks of that step
 * keep the new due date and explanation, which the inbox and the run show. An {@link
 * ApplicationModuleListener} (ADR 0013), run after the deadline module's transaction commits; setting the
 * same date again is harmless, so a repeated delivery changes nothing more.
 */
@Component
class StepDueDates {

    private static final String STEP_KIND = "STEP_";

    private final Runs runs;
    private final Tasks tasks;

    StepDueDates(Runs runs, Tasks tasks) {
        this.runs = runs;
        this.tasks = tasks;
    }

    /** Copies the new due date onto the open tasks of the step the deadline belongs to, under the run's lock. */
    @ApplicationModuleListener
    public void on(DeadlineRescheduled rescheduled) {
        if (!rescheduled.kind().startsWith(STEP_KIND)) {
            return;
        }
        String stepCode = rescheduled.kind().substring(STEP_KIND.length());
        String explanation = String.join("\n", rescheduled.explanationZh());
        for (RunEntity found :
                runs.findBySubjectTypeAndSubjectIdOrderByIdDesc(rescheduled.subjectType(), rescheduled.subjectId())) {
            if (found.state() != RunEntity.State.OPEN) {
                continue;
            }
            RunEntity run = runs.lock(found.id()).orElseThrow();
            tasks.findByRunIdOrderById(run.id()).stream()
                    .filter(t ->
                            t.state() == TaskEntity.State.OPEN && stepCode.equals(t.stepCode()) && t.dueDate() != null)
                    .forEach(t -> t.deadline(rescheduled.dueDate(), explanation));
        }
    }
}
