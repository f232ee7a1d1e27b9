package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Disabling and enabling an account (issue 14 §6): the system admin disables a business account with a
 * reason, its open session ends at the next request and it cannot log in, the audit log keeps the
 * reason; enabling lets it log in again. 三员分立: no administrator disables an administrator (403), the
 * security admin does not disable at all (403); a reason is required (400) and a stale version or a
 * second disabling is refused (409), nothing changed.
 */
@ApiTest
class AccountDisableIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    private long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private long version(String username) {
        return users.findByUsername(username).orElseThrow().version();
    }

    @Test
    void aDisabledAccountsSessionEndsAndItLogsInAgainOnceEnabledWithBothReasonsAudited() {
        String clerk = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        Browser session = Browser.loggedIn(port, clerk);
        assertThat(session.get("/api/auth/me").status()).isEqualTo(200);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));

        Response disabled =
                admin.post("/api/users/" + id(clerk) + "/disable", Map.of("reason", "调离岗位", "version", version(clerk)));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(204);
        assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(new Browser(port).login(clerk, Fixtures.PASSWORD).status()).isEqualTo(401);
        assertThat(admin.get("/api/users?enabled=false&q=" + clerk)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);

        Response again =
                admin.post("/api/users/" + id(clerk) + "/disable", Map.of("reason", "再次停用", "version", version(clerk)));
        assertThat(again.status()).isEqualTo(409);

        Response enabled =
                admin.post("/api/users/" + id(clerk) + "/enable", Map.of("reason", "返回原岗位", "version", version(clerk)));
        assertThat(enabled.status()).as(enabled.toString()).isEqualTo(204);
        assertThat(new Browser(port).login(clerk, Fixtures.PASSWORD).status()).isEqualTo(200);

        assertThat(jdbc.queryForList(
                        "select reason from audit_record where target = ? order by sequence",
                        String.class,
                        "User:" + clerk))
                .containsSubsequence("调离岗位", "返回原岗位");
    }

    @Test
    void noAdministratorDisablesAnAdministratorAndTheSecurityAdminDisablesNobody() {
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        String auditor = fixtures.user(Role.AUDIT_ADMIN, "150000");
        Response refused = admin.post(
                "/api/users/" + id(auditor) + "/disable", Map.of("reason", "试图停用", "version", version(auditor)));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("三员分立");
        assertThat(users.findByUsername(auditor).orElseThrow().enabled()).isTrue();

        String clerk = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        Browser security = Browser.loggedIn(port, fixtures.user(Role.SECURITY_ADMIN, "150000"));
        assertThat(security.post(
                                "/api/users/" + id(clerk) + "/disable",
                                Map.of("reason", "越权", "version", version(clerk)))
                        .status())
                .isEqualTo(403);
        assertThat(users.findByUsername(clerk).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aDisablingWithoutReasonOrWithAStaleVersionIsRefusedAndChangesNothing() {
        String clerk = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));

        Response blank = admin.post("/api/users/" + id(clerk) + "/disable", Map.of("reason", " ", "version", 0));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        Response stale = admin.post(
                "/api/users/" + id(clerk) + "/disable", Map.of("reason", "调离", "version", version(clerk) + 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(users.findByUsername(clerk).orElseThrow().enabled()).isTrue();
    }
}
