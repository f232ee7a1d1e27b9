package cn.ecozone.portal.internal;

import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.shared.Role;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells whoever must act next on a column item (先审后发): the approvers when it is submitted, the drafter
 * when it is approved or returned. Each submission, approval and return notifies once (the source key
 * names the item's version after the step). Stored in Chinese, as the engine's notifications are.
 */
@Component
public class ColumnNotices {

    private static final String LINK = "/column-items";

    private final ColumnApprovers approvers;
    private final UserManagement users;
    private final NotificationManagement notifications;
    private final MessageSource messages;

    ColumnNotices(
            ColumnApprovers approvers,
            UserManagement users,
            NotificationManagement notifications,
            MessageSource messages) {
        this.approvers = approvers;
        this.users = users;
        this.notifications = notifications;
        this.messages = messages;
    }

    /** Notifies for the steps the item just took. Precondition: the item was saved and flushed. */
    public void after(ColumnItemEntity item, List<ColumnItemEntity.Step> steps, Role actorRole, String reason) {
        for (ColumnItemEntity.Step step : steps) {
            String key = "column-item:" + item.id() + ":" + step.name().toLowerCase(Locale.ROOT) + ":" + item.version();
            List<Contact> to = step == ColumnItemEntity.Step.SUBMITTED
                    ? approvers.of(item, actorRole)
                    : users.contact(item.draftedById()).stream().toList();
            String name = step.name().toLowerCase(Locale.ROOT);
            notifications.notifyOnce(
                    key,
                    to,
                    text("portal.notice." + name + ".title", item.title()),
                    text("portal.notice." + name + ".body", item.title(), reason == null ? "" : reason),
                    LINK);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}
