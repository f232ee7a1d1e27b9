package cn.ecozone.publicity.internal;

import cn.ecozone.calendar.CalendarManagement;
import cn.ecozone.calendar.CalendarYear;
import cn.ecozone.calendar.Counting;
import cn.ecozone.deadline.DeadlineManagement;
import cn.ecozone.deadline.DeadlineRequest;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A complaint's investigation as a task of its investigator: the due day by the working-day calendar,
 * the deadline registered with the deadline module, and the notification to the investigator's
 * holders. Titles name the complaint's internal number, never its tracking number (the complainant's
 * credential).
 */
@Component
public class ComplaintTasks {

    /** The deadline module's subject type and kind for an investigation. */
    public static final String SUBJECT_TYPE = "PUBLICITY_COMPLAINT";

    public static final String DEADLINE_KIND = "COMPLAINT_INVESTIGATION";

    private final CalendarManagement calendar;
    private final DeadlineManagement deadlines;
    private final NotificationManagement notifications;
    private final UserManagement users;
    private final MessageSource messages;

    ComplaintTasks(
            CalendarManagement calendar,
            DeadlineManagement deadlines,
            NotificationManagement notifications,
            UserManagement users,
            MessageSource messages) {
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.users = users;
        this.messages = messages;
    }

    /**
     * The due day, {@code workingDays} after {@code from}.
     *
     * @param counted {@code false} when a year the period may reach has no holiday notice held: the day
     *     is then counted Monday to Friday and marked uncertain, and no deadline is registered (the
     *     public's complaint is never refused for the calendar's sake)
     */
    public record Due(LocalDate day, boolean counted) {}

    public Due due(LocalDate from, int workingDays) {
        Set<Integer> years =
                calendar.years().stream().map(CalendarYear.Summary::year).collect(Collectors.toSet());
        // N working days never span more than 3N + 30 calendar days (the longest holiday is 8 days)
        for (int y = from.getYear(); y <= from.plusDays(3L * workingDays + 30).getYear(); y++) {
            if (!years.contains(y)) {
                return new Due(weekdays(from, workingDays), false);
            }
        }
        return new Due(
                calendar.deadline(from, workingDays, Counting.NEXT_DAY, Locale.SIMPLIFIED_CHINESE)
                        .date(),
                true);
    }

    /**
     * Gives the complaint to its (current) investigator: registers (or re-registers) its deadline,
     * counted from {@code from}, and notifies the investigator's holders once.
     *
     * @param titleKey the message key of the task's title, with the subject's name and the internal number
     */
    public void assign(
            ComplaintEntity c, LocalDate from, Due due, String subjectName, String noticeTitle, String titleKey) {
        // the deadline's and the notification's title is in Chinese, the language of the record
        String title = messages.getMessage(
                titleKey, new Object[] {subjectName, String.valueOf(c.id())}, Locale.SIMPLIFIED_CHINESE);
        String link = "/publicity/complaints/" + c.id();
        if (due.counted()) {
            deadlines.register(new DeadlineRequest(
                    SUBJECT_TYPE,
                    c.id(),
                    DEADLINE_KIND,
                    title,
                    c.investigatorRegion(),
                    c.investigatorRole(),
                    from,
                    c.deadlineDays(),
                    Counting.NEXT_DAY,
                    link));
        }
        notifications.notifyOnce(
                titleKey + ":" + c.id() + ":" + c.investigatorRegion(),
                users.holders(c.investigatorRole(), c.investigatorRegion()),
                title,
                noticeTitle,
                link);
    }

    /** Closes the investigation's deadline once the finding is recorded. */
    public void close(long complaintId) {
        deadlines.close(SUBJECT_TYPE, complaintId, DEADLINE_KIND);
    }

    private static LocalDate weekdays(LocalDate from, int days) {
        LocalDate d = from;
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (d.getDayOfWeek().getValue() <= 5) {
                left--;
            }
        }
        return d;
    }
}
