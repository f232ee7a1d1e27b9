package cn.ecozone.enforcement;

/** Where a rectification (an order or the period after a warning) stands. */
public enum RectificationState {
    /** 整改中: the period runs, the subject reports, the department accepts or returns. */
    OPEN,
    /** 逾期: the period passed without acceptance; a proposal opened. The subject may still report. */
    OVERDUE,
    /** 已完成: the department accepted the report. */
    COMPLETED,
    /** 已转入下一步: a warning or revocation was decided on it. */
    ESCALATED
}
