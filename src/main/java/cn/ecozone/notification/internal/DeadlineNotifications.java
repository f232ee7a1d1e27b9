package cn.ecozone.notification.internal;

import cn.ecozone.deadline.DeadlineApproaching;
import cn.ecozone.deadline.DeadlineOverdue;
import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Notifies the users who hold a deadline's role in its region when it approaches or passes. An
 * {@link ApplicationModuleListener}: the event publication is stored in the deadline job's
 * transaction (Spring Modulith's registry, ADR 0013), the listener runs after that commits,
 * asynchronously, in a transaction of its own, and the publication is completed only when it
 * returns; one that failed or was cut off by a crash is resubmitted at the next start or by {@code
 * EventResubmissionJob}. The event's key makes a repeated delivery harmless ({@link
 * NotificationManagement#notifyOnce}). The text is Chinese, the platform's working language.
 */
@Component
class DeadlineNotifications {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotifications.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final UserManagement users;
    private final NotificationManagement notifications;
    private final MessageSource messages;

    DeadlineNotifications(UserManagement users, NotificationManagement notifications, MessageSource messages) {
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    public void on(DeadlineOverdue event) {
        List<Contact> to = users.holders(event.role(), event.regionCode());
        notifications.notifyOnce(
                event.key(),
                to,
                text("notification.deadline.overdue.title", event.title()),
                text("notification.deadline.overdue.body", event.title(), DATE.format(event.dueDate())),
                event.link());
        log.debug("deadline {} overdue: {} recipients", event.deadlineId(), to.size());
    }

    @ApplicationModuleListener
    public void on(DeadlineApproaching event) {
        List<Contact> to = users.holders(event.role(), event.regionCode());
        notifications.notifyOnce(
                event.key(),
                to,
                text("notification.deadline.approaching.title", event.title()),
                text(
                        "notification.deadline.approaching.body",
                        event.title(),
                        DATE.format(event.dueDate()),
                        event.workingDaysLeft()),
                event.link());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
