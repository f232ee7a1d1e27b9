package cn.ecozone.procedure;

/**
 * Where a run stands, for a list that shows many subjects: its state, the step that waits and the
 * step's deadline. Nothing about the actor: what an actor may do comes with {@link RunView}.
 *
 * @param currentStepCode the step that waits, or {@code null} when the run is not open
 * @param deadline the earliest due date of the waiting step's tasks, or {@code null}
 */
public record RunSummary(long runId, String state, String currentStepCode, RunView.DeadlineView deadline) {}
