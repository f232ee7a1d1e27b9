package cn.ecozone.procedure;

/**
 * Where a run stands, for a list that shows many subjects: its state, the step that waits and the
 * step's deadline. Nothing about the actor: what an actor may do comes with {@link RunView}.
 *
 * @param currentStepCode the step that waits, or {@code null} when the run is not open
 * @param deadline the earliest due date of the waiting step's tasks, or {@code null}
 * @param opening which opening of a step the run is in (it counts every opening of every step of the
 *     run, returns included): a module's record about the waiting step carries it, so that a step opened
 *     again after a return is not met by a record of its earlier visit (ADR 0027); 0 when not open
 */
public record RunSummary(
        long runId, String state, String currentStepCode, RunView.DeadlineView deadline, int opening) {}
