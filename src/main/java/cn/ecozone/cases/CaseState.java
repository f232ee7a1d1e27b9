package cn.ecozone.cases;

/** Where a typical case stands; mirrors its run on the engine. */
public enum CaseState {
    /** With its government, not yet recommended. */
    DRAFT,
    /** Returned to its government with a reason, to be changed and recommended again. */
    RETURNED,
    /** At the REVIEW step: the appointed experts score it. */
    REVIEWING,
    /** At the PUBLISH step: the office decides. */
    DECIDING,
    /** Published: in the public library and the year's collection. */
    PUBLISHED,
    /** Rejected by the office with a reason; the run has ended. */
    REJECTED;

    /** Whether the case is with its government, which may change and recommend it. */
    public boolean isWithSubject() {
        return this == DRAFT || this == RETURNED;
    }
}
