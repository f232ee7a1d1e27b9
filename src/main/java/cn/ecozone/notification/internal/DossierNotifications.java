package cn.ecozone.notification.internal;

import cn.ecozone.dossier.DossierExclusionFound;
import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.shared.Role;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the province department staff of a province that a register record excluded a dossier already
 * in review there (issue 11 §2). An {@link ApplicationModuleListener} like the deadline notifications
 * (ADR 0013): run after the dossier module's transaction commits, resubmitted when it fails; the
 * event's key makes a repeated delivery notify nobody twice. The text is Chinese, the platform's
 * working language.
 */
@Component
class DossierNotifications {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final UserManagement users;
    private final NotificationManagement notifications;
    private final MessageSource messages;

    DossierNotifications(UserManagement users, NotificationManagement notifications, MessageSource messages) {
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    public void on(DossierExclusionFound event) {
        List<Contact> to = users.holders(Role.PROVINCE_STAFF, event.provinceCode());
        notifications.notifyOnce(
                event.key(),
                to,
                text("notification.dossier.excluded.title", event.subjectName()),
                text(
                        "notification.dossier.excluded.body",
                        event.subjectName(),
                        DATE.format(event.submittedOn()),
                        String.join("；", event.exclusionsZh()),
                        Long.toString(event.recordId())),
                event.link());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
