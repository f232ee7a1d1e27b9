package cn.ecozone.procedure;

import java.util.List;

/** What an actor asks of a run. Each names the run's version the actor saw. */
public sealed interface ProcedureCommand {

    long runId();

    long version();

    /**
     * Completes the actor's task of the current step.
     *
     * @param taskId the task, or {@code null} when the actor holds exactly one open task of the step
     * @param outcome one of the step's outcomes, or {@code null} when it has none
     * @param documentIds the documents the step saw (kept with the timeline entry)
     * @param assignees the users appointed for the next step, when it is an appointed step
     */
    record Act(
            long runId,
            long version,
            Long taskId,
            String outcome,
            String opinion,
            List<Long> documentIds,
            List<Long> assignees)
            implements ProcedureCommand {

        public Act {
            documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
            assignees = assignees == null ? List.of() : List.copyOf(assignees);
        }
    }

    /** Sends the run back from the current step, with a reason (ADR 0010 §3). */
    record Return(long runId, long version, String reason) implements ProcedureCommand {}

    /** Takes back the actor's last act while the next actor has not acted. */
    record Withdraw(long runId, long version) implements ProcedureCommand {}

    /**
     * Opens a finished run again at its first (the subject's) step, with a reason: by the user whose
     * act finished it (e.g. the confirmer of an indicator year, as in DHIS2 data approval). Only
     * procedures whose subject offers it ask for it ({@link ProcedureManagement#viewReopenable}).
     */
    record Reopen(long runId, long version, String reason) implements ProcedureCommand {}

    /** Ends the run, by its initiator before the first examination. */
    record Cancel(long runId, long version, String reason) implements ProcedureCommand {}
}
