package cn.ecozone.calendar.internal;

import cn.ecozone.calendar.CalendarDay;
import cn.ecozone.calendar.Counting;
import cn.ecozone.calendar.DeadlineCalculation;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a deadline calculation into sentences: how it was counted, what was skipped, the result. */
@Component
public class DeadlineExplainer {

    private final MessageSource messages;

    DeadlineExplainer(MessageSource messages) {
        this.messages = messages;
    }

    public List<String> explain(DeadlineCalculation c, Locale locale) {
        return explain(c, locale, List.of());
    }

    /**
     * As {@link #explain(DeadlineCalculation, Locale)}, ending with a warning for each provisional year
     * the period runs through: its notice is not published, so the date may still move (ADR 0014).
     */
    public List<String> explain(DeadlineCalculation c, Locale locale, List<Integer> provisionalYears) {
        List<String> lines = new ArrayList<>();
        if (c.counting() == Counting.NEXT_DAY) {
            lines.add(msg("calendar.explain.next-day", locale, c.from(), c.workingDays()));
        } else if (c.firstDayCounted()) {
            lines.add(msg("calendar.explain.same-day", locale, c.from(), c.workingDays()));
        } else {
            lines.add(msg("calendar.explain.same-day-off", locale, c.from(), c.workingDays()));
        }
        for (List<CalendarDay> range : ranges(c.skippedHolidays())) {
            CalendarDay first = range.getFirst();
            lines.add(msg(
                    "calendar.explain.holiday",
                    locale,
                    first.holiday(),
                    first.date(),
                    range.getLast().date(),
                    range.size()));
        }
        for (CalendarDay d : c.countedAdjustedDays()) {
            lines.add(msg(
                    "calendar.explain.adjusted",
                    locale,
                    d.date(),
                    weekday(d.date(), locale),
                    d.holiday() == null ? "" : d.holiday()));
        }
        if (c.skippedWeekendDays() > 0) {
            lines.add(msg("calendar.explain.weekends", locale, c.skippedWeekendDays()));
        }
        lines.add(msg("calendar.explain.result", locale, c.date(), weekday(c.date(), locale)));
        for (int year : provisionalYears) {
            lines.add(msg("calendar.explain.provisional", locale, year));
        }
        return lines;
    }

    /** Groups consecutive skipped holiday days of the same holiday. */
    private static List<List<CalendarDay>> ranges(List<CalendarDay> days) {
        List<List<CalendarDay>> ranges = new ArrayList<>();
        for (CalendarDay d : days) {
            List<CalendarDay> last = ranges.isEmpty() ? null : ranges.getLast();
            if (last != null
                    && java.util.Objects.equals(last.getLast().holiday(), d.holiday())
                    && !last.getLast().date().plusDays(4).isBefore(d.date())) {
                last.add(d);
            } else {
                ranges.add(new ArrayList<>(List.of(d)));
            }
        }
        return ranges;
    }

    private static String weekday(LocalDate date, Locale locale) {
        return date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
    }

    private String msg(String key, Locale locale, Object... args) {
        Object[] printable = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            printable[i] = args[i] instanceof Integer n ? String.valueOf(n) : String.valueOf(args[i]);
        }
        return messages.getMessage(key, printable, locale);
    }
}
