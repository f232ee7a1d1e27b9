package cn.ecozone.procedure;

import cn.ecozone.shared.Role;
import java.util.List;
import java.util.Optional;

/**
 * What the notifications of a run need to know, read once per event: the subject as its module named
 * it, the initiator, the steps' names and every task with its assignee and why it was opened. For
 * system processes (event listeners), not for users: it carries no data-scope check.
 *
 * @param state {@code OPEN}, {@code FINISHED} or {@code CANCELLED}
 */
public record RunNotice(
        long runId,
        String subjectType,
        long subjectId,
        String subjectTitle,
        String link,
        String state,
        long initiatorUserId,
        List<Step> steps,
        List<Task> tasks) {

    public RunNotice {
        steps = List.copyOf(steps);
        tasks = List.copyOf(tasks);
    }

    /** A step of the pinned definition: its code, the regulation's Chinese text and its kind. */
    public record Step(String code, String nameZh, String kind, String article) {}

    /** Why a task was opened. */
    public enum Opening {
        /** The run started, or the previous step ended: the assignee has new work. */
        ADVANCED,
        /** A later step sent the run back to this one, with {@link Task#reason}. */
        RETURNED,
        /** The assignee took back its own act: the task is its own again. */
        WITHDRAWN,
        /**
         * The user who finished the run opened it again at its first step, with a reason ({@code
         * ProcedureCommand.Reopen}; the reason is the {@link ProcedureReturned} event's).
         */
        REOPENED
    }

    /**
     * One task.
     *
     * @param state a {@code TaskState} name ({@code OPEN}, {@code DONE}, {@code RETURNED}, …)
     * @param actedBy the user who closed it by an act or a return, or {@code null} (e.g. closed by a
     *     withdrawal or a cancellation elsewhere)
     * @param returnedFrom for a task opened by a return: the step the return came from
     * @param reason for a task opened by a return: the reason given
     */
    public record Task(
            long id,
            String stepCode,
            int round,
            String state,
            Role assigneeRole,
            String assigneeRegionCode,
            Long assigneeOrganizationId,
            Long assigneeUserId,
            Long actedBy,
            Opening opening,
            String returnedFrom,
            String reason) {}

    public Optional<Task> task(long taskId) {
        return tasks.stream().filter(t -> t.id() == taskId).findFirst();
    }

    /** The step's Chinese text, or its code when the definition gives none. */
    public Optional<Step> step(String code) {
        return steps.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
