package cn.ecozone.notification;

import java.time.Instant;

/**
 * An in-app notification of one user.
 *
 * @param link the UI path the notification leads to, or {@code null}
 * @param readAt when the user marked it read; {@code null} while unread
 */
public record Notification(long id, String title, String body, String link, Instant createdAt, Instant readAt) {}
