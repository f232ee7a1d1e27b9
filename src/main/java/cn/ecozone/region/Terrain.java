package cn.ecozone.region;

/** The terrain class that indicator thresholds such as forest and grass cover depend on. */
public enum Terrain {
    MOUNTAIN,
    HILL,
    PLAIN,
    ARID_SEMI_ARID,
    UNKNOWN
}
