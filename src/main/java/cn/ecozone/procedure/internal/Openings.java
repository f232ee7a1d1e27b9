package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.RunNotice.Opening;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a task was opened, read from the run's tasks alone (Spring-free). Every opening of a step is a
 * new round (ADR 0010), so the round before a task's tells what happened: its step came later in the
 * path when the run was sent back (a {@code RETURNED} task there: a return; a {@code WITHDRAWN} one: a
 * withdrawal that closed the next step; else the finished run's reopening), and earlier when the path advanced. A withdrawal inside a parallel step
 * reopens the assignee's task in the same round, after the task it withdrew. Closed states never
 * change again, so the answer is the same however late it is asked.
 */
final class Openings {

    private Openings() {}

    /** Why {@code task} was opened, and for a return the task that returned the run. */
    static Answer of(TaskEntity task, List<TaskEntity> all) {
        List<TaskEntity> before =
                all.stream().filter(t -> t.round() == task.round() - 1).toList();
        if (!before.isEmpty() && before.getFirst().stepIndex() > task.stepIndex()) {
            Optional<TaskEntity> returning = before.stream()
                    .filter(t -> t.state() == TaskEntity.State.RETURNED)
                    .findFirst();
            if (returning.isPresent()) {
                return new Answer(Opening.RETURNED, returning.get());
            }
            // a withdrawal closed the later step's round; a reopening found it done (the run finished)
            boolean withdrawn = before.stream().anyMatch(t -> t.state() == TaskEntity.State.WITHDRAWN);
            return new Answer(withdrawn ? Opening.WITHDRAWN : Opening.REOPENED, null);
        }
        boolean reopened = all.stream()
                .anyMatch(t -> t.round() == task.round()
                        && t.stepIndex() == task.stepIndex()
                        && t.id() < task.id()
                        && sameAssignee(t, task));
        return new Answer(reopened ? Opening.WITHDRAWN : Opening.ADVANCED, null);
    }

    private static boolean sameAssignee(TaskEntity a, TaskEntity b) {
        return a.assigneeRole() == b.assigneeRole()
                && a.assigneeRegionCode().equals(b.assigneeRegionCode())
                && Objects.equals(a.assigneeOrganizationId(), b.assigneeOrganizationId())
                && Objects.equals(a.assigneeUserId(), b.assigneeUserId());
    }

    /** @param returning the task whose return opened it, for {@link Opening#RETURNED} */
    record Answer(Opening opening, TaskEntity returning) {}
}
