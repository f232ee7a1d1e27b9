package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@ApiTest
class LoginIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void logsInAndReportsTheUserWithRoleRegionAndA30MinuteIdleTimeout() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser browser = new Browser(port);
        Response login = browser.login(username, Fixtures.PASSWORD);
        assertThat(login.status()).as(login.toString()).isEqualTo(200);
        Response me = browser.get("/api/auth/me");
        assertThat(me.json().get("username").asString()).isEqualTo(username);
        assertThat(me.json().get("role").asString()).isEqualTo("COUNTY_GOVERNMENT");
        assertThat(me.json().get("region").get("name").asString()).isEqualTo("锡林浩特市");
        assertThat(me.json().get("sessionTimeoutSeconds").asInt()).isEqualTo(1800);
    }

    @Test
    void anonymousUserGets401OnProtectedApi() {
        Response me = new Browser(port).get("/api/auth/me");
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.code()).isEqualTo("unauthenticated");
    }

    @Test
    void wrongPasswordTellsHowManyTriesRemain() {
        String username = fixtures.user(Role.EXPERT, "150000");
        Response failed = new Browser(port).login(username, "Wrong#pass1");
        assertThat(failed.status()).isEqualTo(401);
        assertThat(failed.code()).isEqualTo("bad-credentials");
        assertThat(failed.json().get("detail").asString()).contains("4");
    }

    @Test
    void fiveFailuresLockTheAccountFor15MinutesEvenWithTheRightPassword() {
        String username = fixtures.user(Role.EXPERT, "150000");
        Browser browser = new Browser(port);
        Instant before = clock.instant();
        try {
            for (int i = 0; i < 4; i++) {
                assertThat(browser.login(username, "Wrong#pass1").code()).isEqualTo("bad-credentials");
            }
            assertThat(browser.login(username, "Wrong#pass1").code()).isEqualTo("locked");
            assertThat(browser.login(username, Fixtures.PASSWORD).code()).isEqualTo("locked");

            clock.advance(Duration.ofMinutes(14));
            assertThat(browser.login(username, Fixtures.PASSWORD).code()).isEqualTo("locked");
            clock.advance(Duration.ofMinutes(1).plusSeconds(1));
            assertThat(browser.login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
        } finally {
            // every IT shares the clock (SharedClockCheck). Taken back, the clock would again stand inside
            // the 15-minute window of the failures counted against this test's address (127.0.0.1, any
            // account), which no success clears: forget them, as their expiry did while the clock stayed on
            clock.set(before);
            jdbc.update("delete from login_throttle");
        }
    }

    @Test
    void securityAdminUnlocksALockedAccount() {
        String username = fixtures.user(Role.EXPERT, "150000");
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            browser.login(username, "Wrong#pass1");
        }
        Browser security = new Browser(port);
        security.login(fixtures.user(Role.SECURITY_ADMIN, "150000"), Fixtures.PASSWORD);
        long id = security.get("/api/users?q=" + username)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        assertThat(security.get("/api/users?q=" + username)
                        .json()
                        .get("content")
                        .get(0)
                        .get("locked")
                        .asBoolean())
                .isTrue();
        assertThat(security.post("/api/users/" + id + "/unlock", Map.of()).status())
                .isEqualTo(204);
        assertThat(browser.login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void newUserMustChangeTheInitialPasswordBeforeUsingTheApi() {
        String username = fixtures.newUser(Role.COUNTY_GOVERNMENT, "152502");
        Browser browser = new Browser(port);
        Response login = browser.login(username, Fixtures.PASSWORD);
        assertThat(login.json().get("mustChangePassword").asBoolean()).isTrue();
        Response blocked = browser.get("/api/construction-units");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo("password-change-required");

        Response weak = browser.post(
                "/api/auth/password", Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", "alllowercase"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");

        Response changed = browser.post(
                "/api/auth/password", Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", "Changed#2026"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(browser.get("/api/construction-units").status()).isEqualTo(200);
        assertThat(new Browser(port)
                        .login(username, "Changed#2026")
                        .json()
                        .get("mustChangePassword")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void changingPasswordRequiresTheCurrentOne() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.EXPERT, "150000"), Fixtures.PASSWORD);
        Response wrong = browser.post(
                "/api/auth/password", Map.of("oldPassword", "Not#current1", "newPassword", "Another#2026"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("oldPassword");
    }

    @Test
    void requestWithoutCsrfTokenIsRefused() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        Response refused = browser.withoutCsrf()
                .post("/api/construction-units", Map.of("regionCode", "152502", "name", "无令牌单元", "kind", "PARK"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("csrf");
    }

    @Test
    void logoutEndsTheSession() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.EXPERT, "150000"), Fixtures.PASSWORD);
        assertThat(browser.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(browser.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void nonDemoProfileCreatesOnlyTheThreeAdministratorsAndNoDemoAccounts() {
        assertThat(context.containsBean("demoAccounts")).isFalse();
        assertThat(new Browser(port).login("xlht.gov", "Demo@2026").status()).isEqualTo(401);
        Browser security = new Browser(port);
        security.login(fixtures.user(Role.SECURITY_ADMIN, "150000"), Fixtures.PASSWORD);
        Response admins = security.get("/api/users?q=admin&size=50");
        assertThat(admins.json().get("content"))
                .extracting(u -> u.get("username").asString())
                .contains("sysadmin", "secadmin", "auditadmin");
        assertThat(admins.json().get("content"))
                .filteredOn(u -> u.get("username").asString().equals("sysadmin"))
                .allSatisfy(
                        u -> assertThat(u.get("mustChangePassword").asBoolean()).isTrue());
    }
}
