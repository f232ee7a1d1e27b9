package cn.ecozone.calendar;

import cn.ecozone.calendar.CalendarYear.AdjustedDay;
import cn.ecozone.calendar.CalendarYear.HolidayRange;
import cn.ecozone.calendar.internal.CalendarDayEntity;
import cn.ecozone.calendar.internal.CalendarDays;
import cn.ecozone.calendar.internal.CalendarYearEntity;
import cn.ecozone.calendar.internal.CalendarYears;
import cn.ecozone.calendar.internal.DeadlineExplainer;
import cn.ecozone.calendar.internal.NoticeValidator;
import cn.ecozone.calendar.internal.WorkingDayCalendars;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar module's API: working days, deadlines with their explanation, and the yearly
 * holiday notices (shipped ones, and future ones the system admin enters).
 */
@Service
@Transactional(readOnly = true)
public class CalendarManagement {

    private final CalendarDays days;
    private final CalendarYears years;
    private final WorkingDayCalendars calendars;
    private final DeadlineExplainer explainer;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarManagement(
            CalendarDays days,
            CalendarYears years,
            WorkingDayCalendars calendars,
            DeadlineExplainer explainer,
            ApplicationEventPublisher events,
            Clock clock) {
        this.days = days;
        this.years = years;
        this.calendars = calendars;
        this.explainer = explainer;
        this.events = events;
        this.clock = clock;
    }

    /** The calendar of every held year (cached; see {@link WorkingDayCalendars}). */
    public WorkingDayCalendar calendar() {
        return calendars.current();
    }

    /** @throws ApiException 422 if the year's notice is not held */
    public CalendarDay day(LocalDate date) {
        return guarded(() -> calendar().day(date), year -> "date");
    }

    /**
     * The deadline N working days from {@code from}, explained in {@code locale}.
     *
     * @throws ApiException 422 for a count below 1 or a period that reaches a year not held
     */
    public Deadline deadline(LocalDate from, int workingDays, Counting counting, Locale locale) {
        if (workingDays < 1 || workingDays > 3650) {
            throw ApiException.unprocessable(
                    "invalid-working-days", "workingDays", "error.calendar.working-days", workingDays);
        }
        DeadlineCalculation c = guarded(
                () -> calendar().deadline(from, workingDays, counting),
                year -> year == from.getYear() ? "from" : "workingDays");
        return new Deadline(c.date(), from, workingDays, counting, explainer.explain(c, locale, provisional(c)));
    }

    /** The provisional years (ADR 0014) the period runs through, earliest first. */
    private List<Integer> provisional(DeadlineCalculation c) {
        return years.findAll().stream()
                .filter(CalendarYearEntity::provisional)
                .map(CalendarYearEntity::year)
                .filter(y -> y >= c.from().getYear() && y <= c.date().getYear())
                .sorted()
                .toList();
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiException.unprocessable("invalid-range", "to", "error.calendar.range");
        }
        return guarded(() -> calendar().workingDaysBetween(from, to), year -> year == from.getYear() ? "from" : "to");
    }

    public List<CalendarYear.Summary> years() {
        return years.findAll().stream()
                .sorted((a, b) -> Integer.compare(b.year(), a.year()))
                .map(y -> {
                    List<CalendarDayEntity> list = days.findByNoticeYearOrderByDay(y.year());
                    int holidays = (int) list.stream()
                            .filter(d -> d.kind() == DayKind.HOLIDAY)
                            .count();
                    return new CalendarYear.Summary(
                            y.year(), y.source(), y.shipped(), y.provisional(), holidays, list.size() - holidays);
                })
                .toList();
    }

    public CalendarYear year(int year) {
        CalendarYearEntity entity =
                years.findById(year).orElseThrow(() -> ApiException.notFound("error.calendar.year.not-found", year));
        return toYear(entity, days.findByNoticeYearOrderByDay(year));
    }

    /**
     * Enters or replaces a year's notice. Preconditions: the year is not a shipped one; when it
     * exists, {@code version} is the one read; the ranges and days pass {@link NoticeValidator}.
     */
    @Transactional
    public CalendarYear publish(
            int year, String source, List<HolidayRange> holidays, List<AdjustedDay> adjusted, Long version) {
        List<CalendarDayEntity> newDays = NoticeValidator.validate(year, holidays, adjusted);
        CalendarYearEntity entity = years.findById(year).orElse(null);
        List<FieldChange> changes = new ArrayList<>();
        if (entity == null) {
            entity = new CalendarYearEntity(year, source, clock.instant());
            changes.add(new FieldChange("source", null, source));
        } else {
            if (entity.shipped()) {
                throw ApiException.unprocessable("calendar-shipped", "year", "error.calendar.year.shipped", year);
            }
            if (version == null || entity.version() != version) {
                throw ApiException.conflict("error.conflict.stale");
            }
            changes.add(new FieldChange("source", entity.source(), source));
            entity.republish(source, clock.instant());
            days.deleteByNoticeYear(year);
            days.flush();
        }
        for (CalendarDayEntity day : newDays) {
            if (days.existsById(day.day())) {
                throw ApiException.invalid("holidays", "error.calendar.day.taken", day.day());
            }
        }
        years.saveAndFlush(entity);
        days.saveAllAndFlush(newDays);
        calendars.evictAfterCommit();
        changes.add(new FieldChange("days", null, String.valueOf(newDays.size())));
        events.publishEvent(new CalendarYearPublished(year, changes));
        return toYear(entity, newDays);
    }

    private static CalendarYear toYear(CalendarYearEntity y, List<CalendarDayEntity> list) {
        List<HolidayRange> ranges = new ArrayList<>();
        List<AdjustedDay> adjusted = new ArrayList<>();
        for (CalendarDayEntity d : list) {
            if (d.kind() == DayKind.ADJUSTED_WORKING_DAY) {
                adjusted.add(new AdjustedDay(d.day(), d.holiday()));
                continue;
            }
            HolidayRange last = ranges.isEmpty() ? null : ranges.getLast();
            if (last != null
                    && last.name().equals(d.holiday())
                    && last.to().plusDays(1).equals(d.day())) {
                ranges.set(ranges.size() - 1, new HolidayRange(last.name(), last.from(), d.day()));
            } else {
                ranges.add(new HolidayRange(d.holiday(), d.day(), d.day()));
            }
        }
        return new CalendarYear(y.year(), y.source(), y.shipped(), y.provisional(), y.version(), ranges, adjusted);
    }

    /** Runs calendar work, turning a missing year into a 422 on the field that reached it. */
    private static <T> T guarded(Supplier<T> work, IntFunction<String> field) {
        try {
            return work.get();
        } catch (CalendarNotPublishedException e) {
            throw ApiException.unprocessable(
                    "calendar-not-published", field.apply(e.year()), "error.calendar.not-published", e.year());
        }
    }
}
