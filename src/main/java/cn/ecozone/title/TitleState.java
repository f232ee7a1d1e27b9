package cn.ecozone.title;

/** Where a title stands: valid until its last day, then expired by date; revoked by a decision (later). */
public enum TitleState {
    /** 有效. */
    VALID,
    /** 已到期: the validity's last day has passed. */
    EXPIRED,
    /** 已撤销. */
    REVOKED
}
