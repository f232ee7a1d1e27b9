package cn.ecozone.procedure;

/**
 * A step ended (for a parallel step: its last task was done).
 *
 * @param outcome the outcome of the last act, or {@code null}
 * @param nextStepCode the step now open, or {@code null} when the run finished
 */
public record ProcedureStepCompleted(
        long runId, String subjectType, long subjectId, String stepCode, String outcome, String nextStepCode)
        implements ProcedureEvents {}
