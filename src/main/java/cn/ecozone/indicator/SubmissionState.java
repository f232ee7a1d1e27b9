package cn.ecozone.indicator;

/** Where a region's values for one edition and year stand in the confirmation path. */
public enum SubmissionState {
    /** 填报中: the county enters values. */
    OPEN,
    /** 已上报: waiting for the prefecture bureau. */
    SUBMITTED,
    /** 已退回: returned with a reason; the county may edit and submit again. */
    RETURNED,
    /** 已确认: confirmed and locked; only the confirmer may reopen. */
    CONFIRMED;

    public boolean editable() {
        return this == OPEN || this == RETURNED;
    }
}
