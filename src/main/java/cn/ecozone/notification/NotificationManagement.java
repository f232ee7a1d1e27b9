package cn.ecozone.notification;

import cn.ecozone.identity.Contact;
import cn.ecozone.notification.internal.MailDispatch;
import cn.ecozone.notification.internal.NotificationStore;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, mailed too when SMTP is configured ({@code spring.mail.host}) and the
 * recipient has an address. Each (recipient, source key) is notified at most once, so a repeated
 * event never notifies twice.
 */
@Service
@Transactional(readOnly = true)
public class NotificationManagement {

    private static final int MAX_LIMIT = 100;

    private final NotificationStore store;
    private final MailDispatch mail;
    private final Clock clock;

    NotificationManagement(NotificationStore store, MailDispatch mail, Clock clock) {
        this.store = store;
        this.mail = mail;
        this.clock = clock;
    }

    /**
     * Notifies each recipient once per {@code sourceKey}; recipients already notified of it are
     * skipped. Mail goes only to the newly notified.
     *
     * @param sourceKey what the notification is about, e.g. {@code deadline:12:overdue:2026-10-22}
     * @param link a UI path, or {@code null}
     * @return how many recipients were newly notified
     */
    @Transactional
    public int notify(List<Contact> recipients, String sourceKey, String title, String body, String link) {
        int added = 0;
        for (Contact c : recipients) {
            if (store.insert(c.id(), sourceKey, title, body, link, clock.instant())) {
                added++;
                mail.send(c, title, body);
            }
        }
        return added;
    }

    /** The actor's newest notifications (at most {@code limit}, 1–100) and the unread count. */
    public NotificationPage list(Actor actor, int limit) {
        return new NotificationPage(
                store.newest(actor.userId(), Math.clamp(limit, 1, MAX_LIMIT)), store.unreadCount(actor.userId()));
    }

    /**
     * Marks one of the actor's notifications read (again harmless).
     *
     * @throws ApiException 404 when the actor has no notification with that id
     */
    @Transactional
    public void markRead(Actor actor, long id) {
        if (!store.exists(actor.userId(), id)) {
            throw ApiException.notFound("error.notification.not-found", id);
        }
        store.markRead(actor.userId(), id, clock.instant());
    }

    /** Marks all the actor's notifications read; returns how many were unread. */
    @Transactional
    public int markAllRead(Actor actor) {
        return store.markAllRead(actor.userId(), clock.instant());
    }
}
