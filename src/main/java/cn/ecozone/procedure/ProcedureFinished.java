package cn.ecozone.procedure;

import cn.ecozone.shared.AuditedChange;
import java.util.List;

/**
 * A run ended: {@code FINISHED} after its last step, {@code CANCELLED} by its initiator, or
 * {@code CANCELLED} by the platform for its subject module ({@link ProcedureManagement#end}).
 *
 * @param initiatorUserId whom to tell
 * @param endedBecause the subject module's reason when the platform ended the run (e.g. 已升级处理), else
 *     {@code null}
 */
public record ProcedureFinished(
        long runId, String subjectType, long subjectId, String state, long initiatorUserId, String endedBecause)
        implements ProcedureEvents, AuditedChange {

    /** A run finished after its last step or cancelled by its initiator. */
    public ProcedureFinished(long runId, String subjectType, long subjectId, String state, long initiatorUserId) {
        this(runId, subjectType, subjectId, state, initiatorUserId, null);
    }

    @Override
    public String reason() {
        return endedBecause;
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
