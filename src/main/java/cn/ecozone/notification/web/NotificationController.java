package cn.ecozone.notification.web;

import cn.ecozone.notification.NotificationManagement;
import cn.ecozone.notification.NotificationPage;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The logged-in user's own notifications. */
@RestController
@RequestMapping("/api/notifications")
@Access.OwnAccount
class NotificationController {

    private final NotificationManagement notifications;

    NotificationController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    /**
     * A page ({@code page} 0-based, {@code size} 1–100, default 20) of the user's notifications, newest
     * first, with the total and the unread count. {@code limit} is the size's former name, still read.
     */
    @GetMapping
    NotificationPage list(
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) Integer size,
            @RequestParam(defaultValue = "20") int limit) {
        return notifications.list(CurrentActor.require(), page, size == null ? limit : size);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(CurrentActor.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    Map<String, Integer> readAll() {
        return Map.of("marked", notifications.markAllRead(CurrentActor.require()));
    }
}
