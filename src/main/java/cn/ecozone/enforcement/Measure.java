package cn.ecozone.enforcement;

/** What a decided proposal does (Guizhou arts. 23–24; IM eco-civ art. 18). */
public enum Measure {
    /** 限期整改 / 督促整改: a rectification order with a period. */
    RECTIFICATION,
    /** 警告, with a new rectification period. */
    WARNING,
    /** 撤销称号. */
    REVOCATION
}
