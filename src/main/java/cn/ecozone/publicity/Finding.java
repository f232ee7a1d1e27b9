package cn.ecozone.publicity;

/** The investigation's finding. Only {@link #TRUE} keeps a dossier blocked (Guizhou art. 16). */
public enum Finding {
    /** 属实. */
    TRUE,
    /** 不属实. */
    UNTRUE,
    /** 查无实据. */
    UNSUPPORTED,
    /** 已整改解决. */
    RESOLVED
}
