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
 * one at the experts' review that the demo expert scores, and 余庆县's in Guizhou reviewed by gz.expert and published.
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
    void theDemoHasPublishedCasesACaseUnderReviewAndAPublishedOneInGuizhou() {
        JsonNode library = new Browser(port).get("/api/public/cases").json();
        // two Xilingol cases and, since s14, Guizhou's (余庆县, reviewed by the Guizhou demo expert)
        assertThat(library.get("totalElements").asLong()).isEqualTo(3);
        assertThat(library.toString()).contains("锡林浩特市草畜平衡带动牧民增收（演示）", "余庆县茶旅融合“两山”转化路径（演示）");

        Browser expert = new Browser(port);
        expert.login("expert", "Demo@2026");
        JsonNode mine = expert.get("/api/cases/my-reviews").json();
        assertThat(mine.get("totalElements").asLong()).isEqualTo(3);
        assertThat(mine.toString()).contains("REVIEWING");

        Browser gz = new Browser(port);
        gz.login("gz.staff", "Demo@2026");
        JsonNode guizhou = gz.get("/api/cases").json();
        assertThat(guizhou.get("totalElements").asLong()).isEqualTo(1);
        assertThat(guizhou.get("content").get(0).get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(guizhou.get("content").get(0).get("regionName").asString()).isEqualTo("余庆县");

        Browser gzExpert = new Browser(port);
        gzExpert.login("gz.expert", "Demo@2026");
        JsonNode reviewed = gzExpert.get("/api/cases/my-reviews").json();
        assertThat(reviewed.get("totalElements").asLong()).isEqualTo(1);
        assertThat(reviewed.toString()).contains("余庆县茶旅融合");
    }
}
