package cn.ecozone.deadline.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.WorkingDayCalendar;
import cn.ecozone.deadline.DeadlineApproaching;
import cn.ecozone.deadline.DeadlineOverdue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One pass over the open deadlines: flags the newly overdue ones and reminds of the approaching
 * ones. Each transition is a conditional update in a transaction of its own that publishes its
 * event only when it changed the row, so however many passes run at once, each event is published
 * once per deadline and due date; listeners run after that transaction commits.
 */
@Component
class DeadlineSweep {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Deadlines deadlines;
    private final CalendarManagement calendar;
    private final DeadlineProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeadlineSweep(
            Deadlines deadlines,
            CalendarManagement calendar,
            DeadlineProperties properties,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.properties = properties;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Publishes {@link DeadlineOverdue} for each open deadline whose due date has passed; returns how many. */
    int flagOverdue() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        int flagged = 0;
        for (DeadlineEntity d : deadlines.findNewlyOverdue(today)) {
            Boolean won = transactions.execute(status -> {
                if (deadlines.markOverdue(d.id(), d.dueDate(), now) != 1) {
                    return false;
                }
                events.publishEvent(new DeadlineOverdue(
                        d.id(),
                        d.subjectType(),
                        d.subjectId(),
                        d.kind(),
                        d.title(),
                        d.regionCode(),
                        d.role(),
                        d.dueDate(),
                        d.link()));
                return true;
            });
            flagged += Boolean.TRUE.equals(won) ? 1 : 0;
        }
        return flagged;
    }

    /**
     * Publishes {@link DeadlineApproaching} for each open deadline due today or within the reminder
     * period that has not been reminded of; returns how many.
     */
    int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        int n = properties.reminderWorkingDays();
        WorkingDayCalendar cal = calendar.calendar();
        int reminded = 0;
        // an upper bound in calendar days (a long holiday may lie in between); filtered exactly below
        for (DeadlineEntity d : deadlines.findUnreminded(today, today.plusDays(n * 2L + 14))) {
            int left = WorkingDaysLeft.between(cal, today, d.dueDate());
            if (left > n) {
                continue;
            }
            Boolean won = transactions.execute(status -> {
                if (deadlines.markReminded(d.id(), d.dueDate(), now) != 1) {
                    return false;
                }
                events.publishEvent(new DeadlineApproaching(
                        d.id(),
                        d.subjectType(),
                        d.subjectId(),
                        d.kind(),
                        d.title(),
                        d.regionCode(),
                        d.role(),
                        d.dueDate(),
                        left,
                        d.link()));
                return true;
            });
            reminded += Boolean.TRUE.equals(won) ? 1 : 0;
        }
        return reminded;
    }
}
