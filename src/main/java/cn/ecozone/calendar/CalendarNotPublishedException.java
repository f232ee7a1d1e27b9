package cn.ecozone.calendar;

/** A date falls in a year whose holiday notice has not been entered; no deadline is guessed. */
public class CalendarNotPublishedException extends RuntimeException {

    private final int year;

    public CalendarNotPublishedException(int year) {
        super("no working-day calendar for " + year);
        this.year = year;
    }

    public int year() {
        return year;
    }
}
