package cn.ecozone.enforcement;

/**
 * 情节轻重, recorded with every decision to act (Guizhou art. 24: 视情节轻重予以警告或撤销称号). The seeds
 * name no grades: these three are the platform's (an enum, not regulation data), uncertain.
 */
public enum Severity {
    /** 较轻. */
    MINOR,
    /** 较重. */
    SERIOUS,
    /** 严重. */
    GRAVE
}
