package cn.ecozone.procedure;

/**
 * A run ended: {@code FINISHED} after its last step, or {@code CANCELLED} by its initiator.
 *
 * @param initiatorUserId whom to tell
 */
public record ProcedureFinished(long runId, String subjectType, long subjectId, String state, long initiatorUserId)
        implements ProcedureEvents {}
