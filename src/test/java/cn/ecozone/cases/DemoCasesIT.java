package cn.ecozone.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile's typical cases: two published in Xilingol (in the public library, labelled 演示),
 * one at the experts' review that the demo expert scores, one of 赤水市 recommended to the department.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo-cases;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoCasesIT {

    @LocalServerPort
    int port;

    @Test
    void theDemoHasPublishedCasesACaseUnderReviewAndOneInGuizhou() {
        JsonNode library = new Browser(port).get("/api/public/cases").json();
        assertThat(library.get("totalElements").asLong()).isEqualTo(2);
        assertThat(library.toString()).contains("锡林浩特市草畜平衡带动牧民增收（演示）");

        Browser expert = new Browser(port);
        expert.login("expert", "Demo@2026");
        JsonNode mine = expert.get("/api/cases/my-reviews").json();
        assertThat(mine.get("totalElements").asLong()).isEqualTo(3);
        assertThat(mine.toString()).contains("REVIEWING");

        Browser gz = new Browser(port);
        gz.login("gz.staff", "Demo@2026");
        JsonNode guizhou = gz.get("/api/cases").json();
        assertThat(guizhou.get("totalElements").asLong()).isEqualTo(1);
        assertThat(guizhou.get("content").get(0).get("state").asString()).isEqualTo("REVIEWING");
    }
}
