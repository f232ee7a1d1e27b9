package cn.ecozone.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * China's working-day calendar for the years whose State Council notice is held. A weekday is a
 * working day unless it lies in a holiday range; a weekend day is a working day only if the notice
 * lists it as 调休上班. Free of Spring; asking about a year that is not held throws.
 */
public final class WorkingDayCalendar {

    /** A day the notice names: a holiday or an adjusted working day. */
    public record SpecialDay(DayKind kind, String holiday) {}

    private static final int MAX_WORKING_DAYS = 3650;

    private final Map<LocalDate, SpecialDay> special;
    private final Set<Integer> years;

    /**
     * @param special the holidays and adjusted working days of the held years
     * @param years the years whose notice is held
     */
    public WorkingDayCalendar(Map<LocalDate, SpecialDay> special, Set<Integer> years) {
        this.special = Map.copyOf(special);
        this.years = Set.copyOf(years);
    }

    /** @throws CalendarNotPublishedException if the date's year is not held */
    public CalendarDay day(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new CalendarNotPublishedException(date.getYear());
        }
        SpecialDay s = special.get(date);
        if (s != null) {
            return new CalendarDay(date, s.kind().working(), s.kind(), s.holiday());
        }
        DayKind kind = isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKDAY;
        return new CalendarDay(date, kind.working(), kind, null);
    }

    public boolean isWorkingDay(LocalDate date) {
        return day(date).workingDay();
    }

    /**
     * The last day of a period of {@code workingDays} working days from {@code from}.
     *
     * @param workingDays at least 1
     * @throws CalendarNotPublishedException if the count reaches a year that is not held
     */
    public DeadlineCalculation deadline(LocalDate from, int workingDays, Counting counting) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be between 1 and " + MAX_WORKING_DAYS);
        }
        CalendarDay start = day(from);
        List<CalendarDay> holidays = new ArrayList<>();
        List<CalendarDay> adjusted = new ArrayList<>();
        int weekends = 0;
        int counted = 0;
        boolean firstDayCounted = counting == Counting.SAME_DAY && start.workingDay();
        LocalDate date = from;
        if (firstDayCounted) {
            counted = 1;
            if (start.kind() == DayKind.ADJUSTED_WORKING_DAY) {
                adjusted.add(start);
            }
        }
        while (counted < workingDays) {
            date = date.plusDays(1);
            CalendarDay day = day(date);
            switch (day.kind()) {
                case HOLIDAY -> holidays.add(day);
                case WEEKEND -> weekends++;
                case ADJUSTED_WORKING_DAY -> {
                    adjusted.add(day);
                    counted++;
                }
                case WORKDAY -> counted++;
            }
        }
        return new DeadlineCalculation(
                from, workingDays, counting, date, firstDayCounted, holidays, adjusted, weekends);
    }

    /** The number of working days from {@code from} to {@code to}, both included; 0 if to is before from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        day(from);
        day(to);
        int count = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
