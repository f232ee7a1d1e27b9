package cn.ecozone.procedure;

/** Whose region a step's actor sits in, relative to the plan's subject. */
public enum ActorLevel {
    /** The subject's own region (旗县 or 盟市 government). */
    SUBJECT,
    /** The prefecture (盟市) above the subject. */
    PREFECTURE,
    /** The province (自治区 / 省) above the subject. */
    PROVINCE
}
