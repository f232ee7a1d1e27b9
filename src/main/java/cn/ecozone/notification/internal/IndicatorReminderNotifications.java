package cn.ecozone.notification.internal;

import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.indicator.SubmissionReminded;
import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns a league's 催报 of an indicator year ({@link SubmissionReminded}) into notifications for the
 * accounts that report the region's values. As {@link DeadlineNotifications}: after the reminder commits,
 * in a transaction of its own, once per reminder key however often delivered. The text is Chinese.
 */
@Component
class IndicatorReminderNotifications {

    private final UserManagement users;
    private final NotificationManagement notifications;
    private final MessageSource messages;

    IndicatorReminderNotifications(UserManagement users, NotificationManagement notifications, MessageSource messages) {
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    public void on(SubmissionReminded event) {
        List<Contact> to = new ArrayList<>();
        for (Role role : event.recipients()) {
            to.addAll(users.holders(role, event.regionCode()));
        }
        String year = Integer.toString(event.year());
        notifications.notifyOnce(
                event.key(),
                to,
                text("notification.indicator.reminder.title", year),
                text("notification.indicator.reminder.body", event.regionName(), year, event.remindedBy()),
                event.link());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
