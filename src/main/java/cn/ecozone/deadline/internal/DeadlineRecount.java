package cn.ecozone.deadline.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.CalendarYearPublished;
import cn.ecozone.calendar.Deadline;
import cn.ecozone.deadline.DeadlineRescheduled;
import cn.ecozone.shared.ApiException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When the system admin enters or replaces a year's holiday notice, every open deadline whose period
 * runs through that year is counted again from its start with the new calendar (ADR 0014: a
 * provisional year replaced by the State Council's published schedule), and its explanation ends with
 * a line saying so. An {@link ApplicationModuleListener} (ADR 0013): stored with the publishing
 * transaction, run once after it commits, resubmitted if it fails; counting from the start again is
 * idempotent, so a repeated delivery changes nothing more. Each rescheduled deadline publishes
 * {@link DeadlineRescheduled}.
 */
@Component
class DeadlineRecount {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineRecount.class);

    private final Deadlines deadlines;
    private final CalendarManagement calendar;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    DeadlineRecount(
            Deadlines deadlines,
            CalendarManagement calendar,
            MessageSource messages,
            ApplicationEventPublisher events) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.messages = messages;
        this.events = events;
    }

    /** Recounts the open deadlines through the year published, each under its row lock. */
    @ApplicationModuleListener
    public void on(CalendarYearPublished published) {
        int year = published.year();
        for (DeadlineEntity d : deadlines.lockOpenThrough(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))) {
            recount(d, year);
        }
    }

    private void recount(DeadlineEntity d, int year) {
        Deadline zh;
        Deadline en;
        try {
            zh = calendar.deadline(d.startDate(), d.workingDays(), d.counting(), Locale.SIMPLIFIED_CHINESE);
            en = calendar.deadline(d.startDate(), d.workingDays(), d.counting(), Locale.ENGLISH);
        } catch (ApiException e) {
            // the new calendar pushes the period into a year that is not held: keep the date it has
            LOG.warn("deadline {} not recounted with the {} calendar: {}", d.id(), year, e.getMessage());
            return;
        }
        List<String> linesZh = withRecount(zh.explanation(), year, d.dueDate(), Locale.SIMPLIFIED_CHINESE);
        List<String> linesEn = withRecount(en.explanation(), year, d.dueDate(), Locale.ENGLISH);
        d.reschedule(zh.date(), String.join("\n", linesZh), String.join("\n", linesEn));
        deadlines.saveAndFlush(d);
        events.publishEvent(
                new DeadlineRescheduled(d.id(), d.subjectType(), d.subjectId(), d.kind(), zh.date(), linesZh));
    }

    private List<String> withRecount(List<String> explanation, int year, LocalDate before, Locale locale) {
        List<String> lines = new ArrayList<>(explanation);
        lines.add(messages.getMessage(
                "deadline.recounted", new Object[] {String.valueOf(year), before.toString()}, locale));
        return lines;
    }
}
