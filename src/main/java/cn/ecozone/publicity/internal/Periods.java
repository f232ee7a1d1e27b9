package cn.ecozone.publicity.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.regulation.ApplicationRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The period of a notice from the regulation's publicity entry and the working-day calendar (holidays
 * and adjusted working days are data): N working days counted as the entry says ({@code SAME_DAY}: the
 * day of publication is day 1 when it is a working day), explained in Chinese and English. Where the
 * entry sets a minimum (不少于, e.g. Guizhou art. 10) the issuer may set a later last day, never an
 * earlier one; where it sets a fixed length (IM eco-civ art. 14: 5 个工作日) the computed day stands.
 */
@Component
public class Periods {

    private final CalendarManagement calendar;
    private final MessageSource messages;

    Periods(CalendarManagement calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /**
     * @throws PublicityFacts.PeriodTooShort for a last day before the minimum
     * @throws PublicityFacts.PeriodFixed for another last day where the length is fixed
     * @throws cn.ecozone.shared.ApiException 422 when the calendar of a year reached is not held
     */
    public NoticePeriod of(ApplicationRules.Publicity publicity, LocalDate publishedOn, LocalDate endsOn) {
        Deadline zh = calendar.deadline(
                publishedOn, publicity.workingDays(), publicity.counting(), Locale.SIMPLIFIED_CHINESE);
        Deadline en = calendar.deadline(publishedOn, publicity.workingDays(), publicity.counting(), Locale.ENGLISH);
        LocalDate minimum = zh.date();
        LocalDate end = endsOn == null ? minimum : endsOn;
        if (end.isBefore(minimum)) {
            throw new PublicityFacts.PeriodTooShort(minimum);
        }
        if (!publicity.minimum() && !end.equals(minimum)) {
            throw new PublicityFacts.PeriodFixed(minimum);
        }
        return new NoticePeriod(
                publishedOn,
                end,
                minimum,
                explain(zh, end, publicity, Locale.SIMPLIFIED_CHINESE),
                explain(en, end, publicity, Locale.ENGLISH));
    }

    private String explain(Deadline d, LocalDate end, ApplicationRules.Publicity p, Locale locale) {
        List<String> lines = new ArrayList<>(d.explanation());
        if (end.isAfter(d.date())) {
            lines.add(messages.getMessage(
                    "publicity.period.extended", new Object[] {end.toString(), p.workingDays()}, locale));
        }
        return String.join("\n", lines);
    }
}
