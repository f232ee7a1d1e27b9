package cn.ecozone.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of counting working days, with what was skipped and counted on the way, so that the
 * deadline can be explained beside every screen that shows it.
 *
 * @param firstDayCounted for {@code SAME_DAY}: whether {@code from} itself was day 1
 * @param skippedHolidays holiday days passed over between the start and the deadline
 * @param countedAdjustedDays weekend days counted because they were adjusted working days
 */
public record DeadlineCalculation(
        LocalDate from,
        int workingDays,
        Counting counting,
        LocalDate date,
        boolean firstDayCounted,
        List<CalendarDay> skippedHolidays,
        List<CalendarDay> countedAdjustedDays,
        int skippedWeekendDays) {}
