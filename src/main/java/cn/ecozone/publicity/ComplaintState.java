package cn.ecozone.publicity;

/** Where a complaint stands, as its tracking page shows it. */
public enum ComplaintState {
    /** 已受理. */
    RECEIVED,
    /** 调查核实中. */
    INVESTIGATING,
    /** 已形成核实结论. */
    FOUND
}
