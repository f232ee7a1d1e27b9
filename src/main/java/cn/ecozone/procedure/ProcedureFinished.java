package cn.ecozone.procedure;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A run ended: {@code FINISHED} after its last step, or {@code CANCELLED} by its initiator.
 *
 * @param initiatorUserId whom to tell
 */
public record ProcedureFinished(long runId, String subjectType, long subjectId, String state, long initiatorUserId)
        implements ProcedureEvents, AuditedChange {

    @Override
    public String reason() {
        return null;
    }

    @Override
    public List<FieldChange> changes() {
        return List.of(new FieldChange("state", "OPEN", state));
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
