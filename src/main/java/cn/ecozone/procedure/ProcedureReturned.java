package cn.ecozone.procedure;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** A run was sent back from {@code fromStep} to {@code toStep} with a reason. */
public record ProcedureReturned(
        long runId, String subjectType, long subjectId, String fromStep, String toStep, String reason, long byUserId)
        implements ProcedureEvents, AuditedChange {

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("step", fromStep, toStep));
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
