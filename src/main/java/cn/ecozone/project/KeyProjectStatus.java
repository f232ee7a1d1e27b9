package cn.ecozone.project;

/** Where a key project stands. */
public enum KeyProjectStatus {
    /** 谋划: planned, not yet started. */
    PLANNED,
    /** 在建: under construction. */
    UNDER_CONSTRUCTION,
    /** 建成: completed. */
    COMPLETED,
    /** 暂缓: suspended. */
    SUSPENDED
}
