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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Notifies the users who hold a deadline's role in its region when it approaches or passes. Runs
 * after the job's transaction commits, in a transaction of its own, on the job's thread (no
 * asynchronous executor, so a run ends with its notifications written). The text is Chinese, the
 * platform's working language; the event key makes a repeated event harmless.
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

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DeadlineOverdue event) {
        List<Contact> to = users.holders(event.role(), event.regionCode());
        notifications.notify(
                to,
                event.key(),
                text("notification.deadline.overdue.title", event.title()),
                text("notification.deadline.overdue.body", event.title(), DATE.format(event.dueDate())),
                event.link());
        log.debug("deadline {} overdue: {} recipients", event.deadlineId(), to.size());
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(DeadlineApproaching event) {
        List<Contact> to = users.holders(event.role(), event.regionCode());
        notifications.notify(
                to,
                event.key(),
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
