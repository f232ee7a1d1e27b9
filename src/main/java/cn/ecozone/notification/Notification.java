package cn.ecozone.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An in-app notification of one user.
 *
 * @param link the UI path the notification leads to, or {@code null}
 * @param readAt when the user marked it read; {@code null} while unread
 */
public record Notification(
        long id,
        String title,
        String body,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {}
