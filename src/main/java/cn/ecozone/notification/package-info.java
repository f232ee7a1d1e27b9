/**
 * In-app notifications (mailed when SMTP is configured), at most one per recipient and source event.
 * Turns deadline events ({@code deadline :: events}) into notifications for the holders of the
 * deadline's role ({@code identity}); no module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"deadline :: events", "identity", "shared"})
package cn.ecozone.notification;
