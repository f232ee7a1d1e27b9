package cn.ecozone.calendar;

import java.time.LocalDate;

/** One day with its kind; {@code holiday} names the holiday a holiday or adjusted day belongs to. */
public record CalendarDay(LocalDate date, boolean workingDay, DayKind kind, String holiday) {}
