package cn.ecozone.report;

/** Where an annual report stands, as its run says (kept on the report so that lists filter by it). */
public enum ReportState {
    /** Opened, with the subject, not yet submitted. */
    OPEN,
    /** Submitted, waiting for a reviewer. */
    SUBMITTED,
    /** Returned to the subject with reasons. */
    RETURNED,
    /** Accepted by the last reviewer: the run has ended. */
    ACCEPTED
}
