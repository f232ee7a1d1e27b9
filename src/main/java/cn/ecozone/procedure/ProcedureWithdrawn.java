package cn.ecozone.procedure;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/** The last actor took back its act of {@code stepCode}; that step is open again. */
public record ProcedureWithdrawn(long runId, String subjectType, long subjectId, String stepCode, long byUserId)
        implements ProcedureEvents, AuditedChange {

    @Override
    public String reason() {
        return null;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("withdrawn", null, stepCode));
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
