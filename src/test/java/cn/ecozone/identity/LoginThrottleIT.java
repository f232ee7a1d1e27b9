package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Login throttling per client address and per account from an address (GB/T 22239-2019 8.1.4.1 b):
 * failures from elsewhere never lock an account out for its owner, and one address that keeps failing
 * is blocked for every account. Addresses come as X-Forwarded-For from a trusted proxy (loopback),
 * taken from the documentation range 203.0.113.0/24 so that no other test shares them.
 */
@ApiTest
class LoginThrottleIT {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser from(String address) {
        return new Browser(port).header("X-Forwarded-For", address);
    }

    private static String nextAddress() {
        return "203.0.113." + ADDRESS.getAndIncrement();
    }

    @Test
    void failuresFromOtherAddressesNeverLockTheOwnerOut() {
        String owner = fixtures.user(Role.SECURITY_ADMIN, "150000");
        String attacker = nextAddress();
        for (int i = 0; i < 4; i++) {
            assertThat(from(attacker).login(owner, "Wrong#pass1").code()).isEqualTo("bad-credentials");
        }
        Response blocked = from(attacker).login(owner, "Wrong#pass1");
        assertThat(blocked.code()).isEqualTo("locked");
        assertThat(from(attacker).login(owner, Fixtures.PASSWORD).code()).isEqualTo("locked");
        // from a second address the attacker counts afresh, and the owner at its own address logs in
        assertThat(from(nextAddress()).login(owner, "Wrong#pass1").code()).isEqualTo("bad-credentials");
        assertThat(from(nextAddress()).login(owner, Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAddressThatKeepsFailingIsBlockedForEveryAccountWith429() {
        Browser security = new Browser(port);
        security.login(fixtures.user(Role.SECURITY_ADMIN, "150000"), Fixtures.PASSWORD);
        JsonNode settings = security.get("/api/security-settings").json();
        assertThat(settings.get("addressMaxFailures").asInt()).isEqualTo(20);
        JsonNode lowered = security.put(
                        "/api/security-settings",
                        Map.of(
                                "maxFailures", 5,
                                "lockoutMinutes", 15,
                                "addressMaxFailures", 6,
                                "sessionLifetimeMinutes", 720,
                                "version", settings.get("version").asLong()))
                .json();
        try {
            String address = nextAddress();
            for (int i = 0; i < 6; i++) {
                // a different account each time: the per-account count never blocks
                Response failed = from(address).login("nobody" + i, "Wrong#pass1");
                assertThat(failed.status()).as(failed.toString()).isEqualTo(401);
            }
            Response throttled = from(address).login(fixtures.user(Role.EXPERT, "150000"), Fixtures.PASSWORD);
            assertThat(throttled.status()).isEqualTo(429);
            assertThat(throttled.code()).isEqualTo("throttled");
            assertThat(from(nextAddress())
                            .login(fixtures.user(Role.EXPERT, "150000"), Fixtures.PASSWORD)
                            .status())
                    .isEqualTo(200);
        } finally {
            security.put(
                    "/api/security-settings",
                    Map.of(
                            "maxFailures", 5,
                            "lockoutMinutes", 15,
                            "addressMaxFailures", 20,
                            "sessionLifetimeMinutes", 720,
                            "version", lowered.get("version").asLong()));
        }
    }

    @Test
    void theSecurityAdminUnlocksAnAccountBlockedFromAnAddress() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        String address = nextAddress();
        for (int i = 0; i < 5; i++) {
            from(address).login(user, "Wrong#pass1");
        }
        assertThat(from(address).login(user, Fixtures.PASSWORD).code()).isEqualTo("locked");
        Browser security = new Browser(port);
        security.login(fixtures.user(Role.SECURITY_ADMIN, "150000"), Fixtures.PASSWORD);
        long id = security.get("/api/users?q=" + user)
                .json()
                .get("content")
                .get(0)
                .get("id")
                .asLong();
        assertThat(security.post("/api/users/" + id + "/unlock", Map.of()).status())
                .isEqualTo(204);
        assertThat(from(address).login(user, Fixtures.PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void securitySettingsOutOfRangeAreRefusedOnTheField() {
        Browser security = new Browser(port);
        security.login(fixtures.user(Role.SECURITY_ADMIN, "150000"), Fixtures.PASSWORD);
        JsonNode settings = security.get("/api/security-settings").json();
        Response refused = security.put(
                "/api/security-settings",
                Map.of(
                        "maxFailures", 50,
                        "lockoutMinutes", 15,
                        "addressMaxFailures", 20,
                        "sessionLifetimeMinutes", 720,
                        "version", settings.get("version").asLong()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("maxFailures");
    }
}
