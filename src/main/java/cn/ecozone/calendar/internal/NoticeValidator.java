package cn.ecozone.calendar.internal;

import cn.ecozone.calendar.CalendarYear.AdjustedDay;
import cn.ecozone.calendar.CalendarYear.HolidayRange;
import cn.ecozone.calendar.DayKind;
import cn.ecozone.shared.ApiException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a holiday notice entered by hand: ranges in order and inside the year (a 元旦 range may
 * start in the last days of December), at most 15 days each, no overlaps, adjusted working days on
 * weekends and outside the ranges. Returns the days to store.
 */
public final class NoticeValidator {

    private static final int MAX_RANGE_DAYS = 15;

    private NoticeValidator() {}

    public static List<CalendarDayEntity> validate(int year, List<HolidayRange> holidays, List<AdjustedDay> adjusted) {
        LocalDate earliest = LocalDate.of(year - 1, 12, 25);
        LocalDate latest = LocalDate.of(year, 12, 31);
        Set<LocalDate> taken = new HashSet<>();
        List<CalendarDayEntity> days = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            HolidayRange r = holidays.get(i);
            String field = "holidays[" + i + "]";
            if (r == null) {
                throw ApiException.invalid(field, "error.calendar.holiday.range");
            }
            if (r.name() == null || r.name().isBlank() || r.name().length() > 50) {
                throw ApiException.invalid(field + ".name", "error.calendar.holiday.name");
            }
            if (r.from() == null || r.to() == null || r.to().isBefore(r.from())) {
                throw ApiException.invalid(field, "error.calendar.holiday.range");
            }
            if (r.from().isBefore(earliest) || r.to().isAfter(latest)) {
                throw ApiException.invalid(field, "error.calendar.holiday.outside", year);
            }
            if (ChronoUnit.DAYS.between(r.from(), r.to()) + 1 > MAX_RANGE_DAYS) {
                throw ApiException.invalid(field, "error.calendar.holiday.too-long", MAX_RANGE_DAYS);
            }
            for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
                if (!taken.add(d)) {
                    throw ApiException.invalid(field, "error.calendar.holiday.overlap", d);
                }
                days.add(new CalendarDayEntity(d, DayKind.HOLIDAY, r.name().strip(), year));
            }
        }
        for (int i = 0; i < adjusted.size(); i++) {
            AdjustedDay a = adjusted.get(i);
            String field = "adjustedWorkingDays[" + i + "]";
            if (a == null
                    || a.date() == null
                    || a.date().isBefore(earliest)
                    || a.date().isAfter(latest)) {
                throw ApiException.invalid(field, "error.calendar.holiday.outside", year);
            }
            DayOfWeek dow = a.date().getDayOfWeek();
            if (dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
                throw ApiException.invalid(field, "error.calendar.adjusted.weekday", a.date());
            }
            if (!taken.add(a.date())) {
                throw ApiException.invalid(field, "error.calendar.holiday.overlap", a.date());
            }
            String holiday = a.holiday() == null || a.holiday().isBlank()
                    ? null
                    : a.holiday().strip();
            days.add(new CalendarDayEntity(a.date(), DayKind.ADJUSTED_WORKING_DAY, holiday, year));
        }
        return days;
    }
}
