package cn.ecozone.calendar;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One day with its kind; {@code holiday} names the holiday a holiday or adjusted day belongs to, null
 * on an ordinary workday or weekend day. */
public record CalendarDay(
        LocalDate date,
        boolean workingDay,
        DayKind kind,
        @Nullable String holiday) {}
