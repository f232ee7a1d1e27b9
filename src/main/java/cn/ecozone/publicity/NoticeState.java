package cn.ecozone.publicity;

/** A notice is drafted, then published once (irreversible; afterwards only a correction). */
public enum NoticeState {
    DRAFT,
    PUBLISHED
}
