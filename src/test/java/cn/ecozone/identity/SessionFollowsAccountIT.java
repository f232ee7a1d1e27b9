package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Sessions follow the account (GB/T 22239-2019 8.1.4.1 b, d): disabling, locking, a new role or a
 * password reset ends the account's open sessions at their next request (401), on every instance
 * since the truth is the account row; a session also ends after its absolute lifetime. The CSRF token
 * is rotated at login; cookies are Secure over HTTPS and the XSRF cookie is SameSite=Lax.
 */
@ApiTest
class SessionFollowsAccountIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    MutableClock clock;

    private Browser as(String username) {
        return Browser.loggedIn(port, username);
    }

    private long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    private Response change(String username, Role role, boolean enabled) {
        Browser system = as(fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        JsonNode account =
                system.get("/api/users?q=" + username).json().get("content").get(0);
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", account.get("displayName").asString());
        body.put("role", role.name());
        body.put("organizationId", account.get("organization").get("id").asLong());
        body.put("enabled", enabled);
        body.put("version", account.get("version").asLong());
        return system.put("/api/users/" + id(username), body);
    }

    @Test
    void aDisabledUsersOpenSessionGets401AtTheNextRequest() {
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser session = as(county);
        assertThat(session.get("/api/key-projects").status()).isEqualTo(200);
        assertThat(change(county, Role.COUNTY_GOVERNMENT, false).status()).isEqualTo(200);
        assertThat(session.get("/api/key-projects").status()).isEqualTo(401);
        assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aNewRoleEndsTheSessionsAndTakesEffectAtTheNextLogin() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser first = as(user);
        Browser second = as(user);
        assertThat(change(user, Role.CONSTRUCTION_SUBJECT, true).status()).isEqualTo(200);
        assertThat(first.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(second.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(as(user).get("/api/auth/me").json().get("role").asString()).isEqualTo("CONSTRUCTION_SUBJECT");
    }

    @Test
    void aPasswordResetAndALockByTheSecurityAdminEndTheSessions() {
        Browser security = as(fixtures.user(Role.SECURITY_ADMIN, "150000"));
        String reset = fixtures.user(Role.PREFECTURE_STAFF, "152500");
        Browser resetSession = as(reset);
        assertThat(security.post(
                                "/api/users/" + id(reset) + "/password-reset", Map.of("newPassword", "Zebraflute#2026"))
                        .status())
                .isEqualTo(204);
        assertThat(resetSession.get("/api/auth/me").status()).isEqualTo(401);

        String locked = fixtures.user(Role.PREFECTURE_STAFF, "152500");
        Browser lockedSession = as(locked);
        assertThat(security.post("/api/users/" + id(locked) + "/lock", Map.of()).status())
                .isEqualTo(204);
        assertThat(lockedSession.get("/api/auth/me").status()).isEqualTo(401);
        Response refused = new Browser(port).login(locked, Fixtures.PASSWORD);
        assertThat(refused.code()).isEqualTo("locked");
        assertThat(security.post("/api/users/" + id(locked) + "/unlock", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(new Browser(port).login(locked, Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void changingTheOwnPasswordKeepsThisSessionAndEndsTheOthers() {
        String user = fixtures.user(Role.EXPERT, "150000");
        Browser here = as(user);
        Browser elsewhere = as(user);
        Response changed = here.post(
                "/api/auth/password", Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", "Zebraflute#2026"));
        assertThat(changed.status()).isEqualTo(204);
        assertThat(here.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(elsewhere.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aCommonPasswordIsRefused() {
        Browser here = as(fixtures.user(Role.EXPERT, "150000"));
        Response refused =
                here.post("/api/auth/password", Map.of("oldPassword", Fixtures.PASSWORD, "newPassword", "Passw0rd!"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeOfTwelveHoursHoweverActive() {
        Browser session = as(fixtures.user(Role.EXPERT, "150000"));
        java.time.Instant before = clock.instant();
        try {
            clock.advance(Duration.ofHours(11).plusMinutes(59));
            assertThat(session.get("/api/auth/me").status()).isEqualTo(200);
            clock.advance(Duration.ofMinutes(1));
            assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
        } finally {
            // every IT shares the clock: half a day later is tomorrow in Beijing for the tests after this one
            clock.set(before);
        }
    }

    @Test
    void theLoginRotatesTheCsrfToken() {
        String user = fixtures.user(Role.EXPERT, "150000");
        Browser browser = new Browser(port);
        browser.get("/api/auth/csrf");
        String before = browser.cookie("XSRF-TOKEN");
        assertThat(before).isNotBlank();
        assertThat(browser.login(user, Fixtures.PASSWORD).status()).isEqualTo(200);
        String after = browser.cookie("XSRF-TOKEN");
        assertThat(after).isNotBlank().isNotEqualTo(before);
        // the token known before the login is refused after it
        Response withOldToken =
                browser.withoutCsrf().header("X-XSRF-TOKEN", before).post("/api/auth/logout", Map.of());
        assertThat(withOldToken.status()).isEqualTo(403);
        assertThat(withOldToken.code()).isEqualTo("csrf");
    }

    @Test
    void cookiesAreSecureOverHttpsAndTheXsrfCookieIsSameSiteLax() {
        Browser https = new Browser(port).header("X-Forwarded-Proto", "https");
        Response csrf = https.get("/api/auth/csrf");
        List<String> cookies = csrf.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(c -> assertThat(c)
                        .startsWith("XSRF-TOKEN=")
                        .containsIgnoringCase("Secure")
                        .containsIgnoringCase("SameSite=Lax"));
        // the client holds a token from before; a Secure cookie is not sent back over plain HTTP here
        Browser proxied = new Browser(port);
        proxied.get("/api/auth/csrf");
        Response login = proxied.header("X-Forwarded-Proto", "https")
                .login(fixtures.user(Role.EXPERT, "150000"), Fixtures.PASSWORD);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).startsWith("JSESSIONID=").containsIgnoringCase("Secure"))
                .anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").containsIgnoringCase("Secure"));

        Response plain = new Browser(port).get("/api/auth/csrf");
        assertThat(plain.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("XSRF-TOKEN=")
                        .doesNotContainIgnoringCase("Secure")
                        .containsIgnoringCase("SameSite=Lax"));
    }
}
