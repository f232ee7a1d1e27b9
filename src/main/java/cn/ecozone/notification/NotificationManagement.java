package cn.ecozone.notification;

import cn.ecozone.identity.Contact;
import cn.ecozone.notification.internal.MailDispatch;
import cn.ecozone.notification.internal.NotificationStore;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.AfterCommit;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Paging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, mailed too when SMTP is configured ({@code spring.mail.host}) and the
 * recipient has an address. Each (recipient, source key) is notified at most once, so a repeated
 * or retried event never notifies twice ({@link #notifyOnce}).
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
     * Notifies each recipient at most once per {@code sourceKey}, however often it is called: the
     * table is unique on (recipient, source key) and the insert does nothing on a conflict, so a
     * listener that is retried (a resubmitted event publication, a second instance) or two callers at
     * once add one row per recipient. Mail goes only to the newly notified, and only after the
     * surrounding transaction commits, so a rolled-back attempt mails nobody.
     *
     * @param sourceKey derived from the event, the same for every delivery of it, e.g. {@code
     *     deadline:12:overdue:2026-10-22} ({@code DeadlineOverdue.key()})
     * @param link a UI path, or {@code null}
     * @return how many recipients were newly notified
     */
    @Transactional
    public int notifyOnce(String sourceKey, List<Contact> recipients, String title, String body, String link) {
        List<Contact> added = new ArrayList<>();
        for (Contact c : recipients) {
            if (store.insert(c.id(), sourceKey, title, body, link, clock.instant())) {
                added.add(c);
            }
        }
        AfterCommit.run(() -> added.forEach(c -> mail.send(c, title, body)));
        return added.size();
    }

    /**
     * A page of the actor's notifications, newest first, with the total and the unread count (one
     * statement for both, issue 10: every list paged). {@code size} is clamped to 1–100, {@code page}
     * (0-based) to the pages whose offset fits.
     */
    public NotificationPage list(Actor actor, int page, int size) {
        PageRequest request = Paging.of(page, size, MAX_LIMIT);
        NotificationStore.Counts counts = store.counts(actor.userId());
        return new NotificationPage(
                store.newest(actor.userId(), request.getOffset(), request.getPageSize()),
                counts.unread(),
                request.getPageNumber(),
                request.getPageSize(),
                counts.total());
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
