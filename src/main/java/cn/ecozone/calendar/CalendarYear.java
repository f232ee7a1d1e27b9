package cn.ecozone.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year's holiday notice: its source, the holiday ranges and the adjusted working days.
 *
 * @param shipped loaded from the data file shipped with ecozone, as opposed to entered by an admin
 * @param provisional the notice is not yet published: weekends and the statutory holiday dates only
 *     (ADR 0014), for the admin to replace
 */
public record CalendarYear(
        int year,
        String source,
        boolean shipped,
        boolean provisional,
        long version,
        List<HolidayRange> holidays,
        List<AdjustedDay> adjustedWorkingDays) {

    /** A holiday range, both ends included. */
    public record HolidayRange(String name, LocalDate from, LocalDate to) {}

    /** A weekend day that is a working day, and the holiday it is swapped for. */
    public record AdjustedDay(LocalDate date, String holiday) {}

    /** A summary line for the list of years. */
    public record Summary(
            int year, String source, boolean shipped, boolean provisional, int holidayDays, int adjustedWorkingDays) {}
}
