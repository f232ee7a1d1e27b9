package cn.ecozone.procedure;

/** A run was sent back from {@code fromStep} to {@code toStep} with a reason. */
public record ProcedureReturned(
        long runId, String subjectType, long subjectId, String fromStep, String toStep, String reason, long byUserId)
        implements ProcedureEvents {}
