package cn.ecozone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.Contact;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A user's own notifications: newest first, unread count, mark read one or all. */
@ApiTest
class NotificationApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NotificationManagement notifications;

    private Browser loggedIn(String username) {
        return Browser.loggedIn(port, username);
    }

    private static Contact contact(Browser browser) {
        return new Contact(browser.get("/api/auth/me").json().get("id").asLong(), "测试用户", null);
    }

    @Test
    void aUserReadsAndMarksOnlyTheirOwnNotifications() {
        Browser mine = loggedIn(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"));
        Browser other = loggedIn(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"));
        Contact me = contact(mine);
        assertThat(notifications.notifyOnce("test:first", List.of(me), "第一条", "正文一", "/deadlines"))
                .isEqualTo(1);
        assertThat(notifications.notifyOnce("test:second", List.of(me), "第二条", "正文二", null))
                .isEqualTo(1);
        assertThat(notifications.notifyOnce("test:first", List.of(me), "第一条", "正文一", "/deadlines"))
                .as("the same source key again")
                .isZero();

        JsonNode page = mine.get("/api/notifications").json();
        assertThat(page.get("unreadCount").asLong()).isEqualTo(2);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("items").get(0).get("title").asString()).isEqualTo("第二条");
        long firstId = page.get("items").get(1).get("id").asLong();

        assertThat(other.post("/api/notifications/" + firstId + "/read", Map.of())
                        .status())
                .as("another user's notification")
                .isEqualTo(404);
        assertThat(other.get("/api/notifications").json().get("items")).isEmpty();

        assertThat(mine.post("/api/notifications/" + firstId + "/read", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(mine.get("/api/notifications").json().get("unreadCount").asLong())
                .isEqualTo(1);

        assertThat(mine.post("/api/notifications/read-all", Map.of())
                        .json()
                        .get("marked")
                        .asInt())
                .isEqualTo(1);
        JsonNode after = mine.get("/api/notifications").json();
        assertThat(after.get("unreadCount").asLong()).isZero();
        assertThat(after.get("items").get(0).get("readAt").isNull()).isFalse();
    }
}
