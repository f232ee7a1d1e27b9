package cn.ecozone.notification;

import java.util.List;

/**
 * One page of a user's notifications, newest first ({@code page} 0-based, {@code size} per page, of
 * {@code totalElements}), and how many of all of them are unread (the bell's badge).
 */
public record NotificationPage(List<Notification> items, long unreadCount, int page, int size, long totalElements) {}
