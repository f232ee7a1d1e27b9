package cn.ecozone.deadline.internal;

import cn.ecozone.calendar.CalendarNotPublishedException;
import cn.ecozone.calendar.WorkingDayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days between today and a due date, as the deadline list and the reminders count them:
 * the working days after today up to and including the due date (0 = due today); for a passed due
 * date, minus the working days after the due date up to and including today, at least 1 (a
 * deadline due on Friday is overdue by 1 on Saturday). Days of a year whose notice is not held
 * count as working days from Monday to Friday, so that the list never fails at a year's end.
 */
public final class WorkingDaysLeft {

    private WorkingDaysLeft() {}

    public static int between(WorkingDayCalendar calendar, LocalDate today, LocalDate due) {
        if (due.isAfter(today)) {
            return count(calendar, today, due);
        }
        if (due.isEqual(today)) {
            return 0;
        }
        return -Math.max(1, count(calendar, due, today));
    }

    /**
     * The last due date that is at most {@code within} working days after today ({@link #between} is
     * never larger for an earlier date): the list's working-day bound as a date the database can page by.
     */
    public static LocalDate lastDueWithin(WorkingDayCalendar calendar, LocalDate today, int within) {
        LocalDate last = today;
        int n = 0;
        for (LocalDate d = today.plusDays(1); ; d = d.plusDays(1)) {
            if (working(calendar, d) && ++n > within) {
                return last;
            }
            last = d;
        }
    }

    /** Working days in (from, to]. */
    private static int count(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (working(calendar, d)) {
                n++;
            }
        }
        return n;
    }

    private static boolean working(WorkingDayCalendar calendar, LocalDate day) {
        try {
            return calendar.isWorkingDay(day);
        } catch (CalendarNotPublishedException e) {
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }
    }
}
