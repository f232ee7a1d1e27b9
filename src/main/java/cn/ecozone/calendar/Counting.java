package cn.ecozone.calendar;

/** How a period of N working days is counted (docs/domain: procedures §7.2). */
public enum Counting {
    /**
     * "Within N working days after" an act: the day of the act is not counted (by analogy with 民法典
     * art. 201), e.g. plan filing within 15 working days of promulgation (IM eco-civ art. 6).
     */
    NEXT_DAY,
    /** A period that starts on a day: that day is day 1 if it is a working day (e.g. 公示期 5 个工作日). */
    SAME_DAY
}
