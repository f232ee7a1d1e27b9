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

    public List<Notification> newest(long recipientId, int limit) {
        return jdbc.sql("select id, title, body, link, created_at, read_at from notification"
                        + " where recipient_id = :recipient order by created_at desc, id desc limit :limit")
                .param("recipient", recipientId)
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

    public long unreadCount(long recipientId) {
        return jdbc.sql("select count(*) from notification where recipient_id = :recipient and read_at is null")
                .param("recipient", recipientId)
                .query(Long.class)
                .single();
    }

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
