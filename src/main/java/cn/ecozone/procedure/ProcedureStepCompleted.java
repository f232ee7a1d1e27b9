package cn.ecozone.procedure;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A step ended (for a parallel step: its last task was done).
 *
 * @param outcome the outcome of the last act, or {@code null}
 * @param nextStepCode the step now open, or {@code null} when the run finished
 */
public record ProcedureStepCompleted(
        long runId, String subjectType, long subjectId, String stepCode, String outcome, String nextStepCode)
        implements ProcedureEvents, AuditedChange {

    @Override
    public String reason() {
        return null;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(
                new FieldChange("step", stepCode, nextStepCode == null ? "FINISHED" : nextStepCode),
                new FieldChange("outcome", null, outcome));
    }

    @Override
    public String targetType() {
        return "ProcedureRun";
    }

    @Override
    public String targetId() {
        return Long.toString(runId);
    }
}
