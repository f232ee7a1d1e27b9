package cn.ecozone.deadline;

/** What closing a deadline found. */
public enum ClosedDeadline {
    /** Closed on or before the due date. */
    ON_TIME,
    /** Closed after the due date. */
    LATE,
    /** No open deadline of that subject and kind (never registered, or already closed). */
    NOT_OPEN
}
