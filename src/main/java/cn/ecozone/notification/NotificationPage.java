package cn.ecozone.notification;

import java.util.List;

/** The newest notifications of a user and how many of all of them are unread. */
public record NotificationPage(List<Notification> items, long unreadCount) {}
