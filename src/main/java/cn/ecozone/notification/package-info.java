/**
 * In-app notifications (mailed when SMTP is configured), at most one per recipient and source event.
 * Turns deadline events ({@code deadline :: events}) and the procedure engine's events ({@code
 * procedure}: the events and {@code ProcedureNotices}) into notifications for the users concerned
 * ({@code identity}); and a dossier in review that a register record now excludes ({@code dossier ::
 * events}) into notifications for the province department staff. No module depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"deadline :: events", "dossier :: events", "procedure", "identity", "indicator", "shared"
        })
package cn.ecozone.notification;
