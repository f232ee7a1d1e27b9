package cn.ecozone.notification.internal;

import cn.ecozone.notification.Notification;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notification table, through bound SQL. */
@Repository
public class NotificationStore {

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts unless the recipient already has a notification with the source key; the unique key
     * decides, so two concurrent inserts add one row.
     *
     * @return whether a row was added
     */
    public boolean insert(long recipientId, String sourceKey, String title, String body, String link, Instant now) {
        return jdbc.sql("insert into notification (recipient_id, source_key, title, body, link, created_at)"
                                + " values (:recipient, :key, :title, :body, :link, :now) on conflict do nothing")
                        .param("recipient", recipientId)
                        .param("key", sourceKey)
                        .param("title", title)
                        .param("body", body)
                        .param("link", link)
                        .param("now", utc(now))
                        .update()
                == 1;
    }

    /** The recipient's notifications, newest first: {@code limit} of them after skipping {@code offset}. */
    public List<Notification> newest(long recipientId, long offset, int limit) {
        return jdbc.sql("select id, title, body, link, created_at, read_at from notification"
                        + " where recipient_id = :recipient order by created_at desc, id desc"
                        + " offset :offset rows fetch next :limit rows only")
                .param("recipient", recipientId)
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, i) -> new Notification(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("link"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("read_at", OffsetDateTime.class))))
                .list();
    }

    /** How many notifications the recipient has, and how many of them are unread, in one statement. */
    public Counts counts(long recipientId) {
        return jdbc.sql("select count(*) as total, coalesce(sum(case when read_at is null then 1 else 0 end), 0)"
                        + " as unread from notification where recipient_id = :recipient")
                .param("recipient", recipientId)
                .query((rs, i) -> new Counts(rs.getLong("total"), rs.getLong("unread")))
                .single();
    }

    /** The number of a recipient's notifications and of the unread ones among them. */
    public record Counts(long total, long unread) {}

    public boolean exists(long recipientId, long id) {
        return jdbc.sql("select count(*) from notification where id = :id and recipient_id = :recipient")
                        .param("id", id)
                        .param("recipient", recipientId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void markRead(long recipientId, long id, Instant now) {
        jdbc.sql("update notification set read_at = :now where id = :id and recipient_id = :recipient"
                        + " and read_at is null")
                .param("now", utc(now))
                .param("id", id)
                .param("recipient", recipientId)
                .update();
    }

    public int markAllRead(long recipientId, Instant now) {
        return jdbc.sql("update notification set read_at = :now where recipient_id = :recipient and read_at is null")
                .param("now", utc(now))
                .param("recipient", recipientId)
                .update();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    /** Instants are bound as UTC offset date-times, which H2 and PostgreSQL map to timestamptz alike. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
