package cn.ecozone.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.Contact;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The notification list (plain JDBC, NotificationStore) is paged and takes the same number of SQL
 * statements per request at 10 notifications as at 1,000 (issue 10): the page, and the total with the
 * unread count in one, whatever the user has; the oldest of 1,000 are reached by their page. The
 * notifications are copies of one, for a fresh user.
 */
@ApiTest
class NotificationListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NotificationManagement notifications;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandNotifications() {
        Browser user = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "152502"));
        long me = user.get("/api/auth/me").json().get("id").asLong();
        notifications.notifyOnce("test:list:0", List.of(new Contact(me, "测试用户", null)), "通知", "正文", null);
        long template = jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class, me);
        copies(template, 9);
        JsonNode page = user.get("/api/notifications?page=1&size=5").json();
        assertThat(page.get("unreadCount").asLong()).isEqualTo(10);
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("items")).hasSize(5);
        int atTen = user.statements("/api/notifications?page=1&size=5");

        copies(template, 990);
        JsonNode full = user.get("/api/notifications?page=199&size=5").json();
        assertThat(full.get("unreadCount").asLong()).isEqualTo(1000);
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("page").asInt()).isEqualTo(199);
        // the last page holds the oldest, which the newest 100 never reached; the template is the oldest
        assertThat(full.get("items")).hasSize(5);
        assertThat(full.get("items").get(4).get("id").asLong()).isEqualTo(template);
        // the page, the total with the unread count, and the request's own (the session's user)
        assertThat(user.statements("/api/notifications?page=199&size=5"))
                .isEqualTo(atTen)
                .isEqualTo(3);
    }

    private void copies(long template, int n) {
        String marker = "test:list:" + System.nanoTime() + ":";
        Clones.of(jdbc, "notification", template, n, (i, row) -> row.put("source_key", marker + i));
    }
}
