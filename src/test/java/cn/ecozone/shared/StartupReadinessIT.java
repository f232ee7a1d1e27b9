package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The port opens before the startup tasks (the demo data) are done; until they are, readiness says
 * OUT_OF_SERVICE and a login answers 503 "the service is starting", never 401 or 500 (issue 10).
 * The task here waits for the test to release it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "ecozone.startup.background=true",
            "spring.datasource.url=jdbc:h2:mem:ecozone-startup;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
@Import({Fixtures.class, StartupReadinessIT.PendingTask.class})
class StartupReadinessIT {

    /** Released by the test: until then the startup task is running. */
    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @TestConfiguration
    static class PendingTask {

        @Bean
        StartupTask pendingDemoLoad() {
            return () -> RELEASE.await(5, TimeUnit.MINUTES);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void readinessRefusesAndLoginsAnswer503UntilTheStartupTaskIsDoneThenBothAccept() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser anonymous = new Browser(port);

        Response readiness = anonymous.get("/actuator/health/readiness");
        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(503);
        assertThat(readiness.json().path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        Response liveness = anonymous.get("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");

        Response starting = new Browser(port).login(user, Fixtures.PASSWORD);
        assertThat(starting.status()).as(starting.toString()).isEqualTo(503);
        assertThat(starting.contentType()).startsWith("application/problem+json");
        assertThat(starting.code()).isEqualTo("service-starting");
        assertThat(starting.json().path("detail").asString()).isEqualTo("系统正在启动，请稍候几秒再登录");
        assertThat(starting.headers().firstValue("Retry-After")).contains("2");
        Response english = new Browser(port).language("en").login(user, "a wrong password");
        assertThat(english.status()).as(english.toString()).isEqualTo(503);
        assertThat(english.json().path("detail").asString())
                .isEqualTo("The service is starting; please log in again in a few seconds");

        RELEASE.countDown();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(
                                anonymous.get("/actuator/health/readiness").status())
                        .isEqualTo(200));
        assertThat(anonymous
                        .get("/actuator/health/readiness")
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("UP");
        assertThat(new Browser(port).login(user, Fixtures.PASSWORD).status()).isEqualTo(200);
        assertThat(new Browser(port).login(user, "a wrong password").status()).isEqualTo(401);
    }
}
