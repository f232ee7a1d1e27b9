package cn.ecozone.procedure;

/** The last actor took back its act of {@code stepCode}; that step is open again. */
public record ProcedureWithdrawn(long runId, String subjectType, long subjectId, String stepCode, long byUserId)
        implements ProcedureEvents {}
