package cn.ecozone.regulation;

/** The kind of plan a programme asks for. */
public enum PlanKind {
    /** 生态文明示范建设规划 (eco-civ zone). */
    CONSTRUCTION_PLAN,
    /** 建设实施方案 (Two Mountains base). */
    IMPLEMENTATION_PLAN,
    /** 年度计划 filed with the committee office (Xilingol practice area). */
    ANNUAL_PLAN
}
