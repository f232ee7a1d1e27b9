package cn.ecozone.procedure;

/** Marker of the events of this module: records of ids and strings only, serializable by Jackson. */
public sealed interface ProcedureEvents
        permits ProcedureTaskOpened, ProcedureStepCompleted, ProcedureReturned, ProcedureWithdrawn, ProcedureFinished {

    long runId();

    String subjectType();

    long subjectId();
}
