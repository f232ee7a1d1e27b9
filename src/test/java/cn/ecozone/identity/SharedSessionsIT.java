package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.EcozoneApplication;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Sessions live in the database (issue 15 §2, ADR 0053): a session made on one instance is accepted by
 * a second instance on the same database, a logout on either ends it on both, and disabling the account
 * through one instance ends its session on the other. The second instance is a second application
 * context in this JVM, on its own random port, with the test database.
 */
@ApiTest
@TestPropertySource(properties = "ecozone.session.store=jdbc")
class SharedSessionsIT {

    private static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSecondInstance() {
        second = new SpringApplicationBuilder(EcozoneApplication.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "ecozone.instance.id=it-second",
                        "ecozone.instance.work-dir=${user.dir}/target/it-work/it-second",
                        // the first instance's outstanding events are its own tests' business
                        "spring.modulith.events.republish-outstanding-events-on-restart=false")
                // an argument, not a default property: application.yml's own default (memory) would win
                .run("--ecozone.session.store=jdbc");
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    private static int secondPort() {
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    private long id(String username) {
        return users.findByUsername(username).orElseThrow().id();
    }

    @Test
    void aSessionMadeOnOneInstanceIsAcceptedByTheOtherAndStoredInTheDatabase() {
        String clerk = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        Browser first = Browser.loggedIn(port, clerk);
        Browser other = first.onPort(secondPort());

        Response me = other.get("/api/auth/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo(clerk);
        assertThat(other.get("/api/key-projects").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, clerk))
                .isEqualTo(1);
    }

    @Test
    void aLogoutOnTheOtherInstanceEndsTheSessionOnBoth() {
        String clerk = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        Browser first = Browser.loggedIn(port, clerk);
        Browser other = first.onPort(secondPort());

        Response logout = other.post("/api/auth/logout", Map.of());
        assertThat(logout.status()).as(logout.toString()).isEqualTo(204);

        assertThat(first.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select count(*) from spring_session where principal_name = ?", Integer.class, clerk))
                .isZero();
    }

    @Test
    void disablingTheAccountOnOneInstanceEndsItsSessionOnTheOther() {
        String clerk = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        Browser onSecond = Browser.loggedIn(secondPort(), clerk);
        assertThat(onSecond.get("/api/auth/me").status()).isEqualTo(200);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));

        long version = users.findByUsername(clerk).orElseThrow().version();
        Response disabled =
                admin.post("/api/users/" + id(clerk) + "/disable", Map.of("reason", "调离岗位", "version", version));
        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(204);

        assertThat(onSecond.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(onSecond.onPort(port).get("/api/auth/me").status()).isEqualTo(401);
    }
}
