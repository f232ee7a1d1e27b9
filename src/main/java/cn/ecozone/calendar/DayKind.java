package cn.ecozone.calendar;

/** What a calendar day is, under the State Council's holiday notice for its year. */
public enum DayKind {
    WORKDAY,
    WEEKEND,
    /** 法定节假日 (a day off inside an official holiday range, weekends included). */
    HOLIDAY,
    /** 调休上班日: a Saturday or Sunday that is a working day. */
    ADJUSTED_WORKING_DAY;

    public boolean working() {
        return this == WORKDAY || this == ADJUSTED_WORKING_DAY;
    }
}
