package cn.ecozone.workplan;

/** Where an annual work plan stands. */
public enum WorkPlanState {
    /** Drafted by the subject, not yet filed. */
    DRAFT,
    /** Filed with the receiving body (or, where the rules name none, kept on record as final). */
    FILED,
    /** Returned by the receiving body with a reason; the subject changes and refiles it. */
    RETURNED,
    /** Acknowledged by the receiving body (已接收备案). */
    RECEIVED
}
