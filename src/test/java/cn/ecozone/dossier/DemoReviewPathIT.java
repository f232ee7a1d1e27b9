package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile's review path: each role on the IM and GZ paths opens its page over HTTP and finds
 * a real example, labelled synthetic, waiting for it (the same context and database as DemoDossiersIT).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoReviewPathIT {

    @LocalServerPort
    int port;

    private Browser as(String account) {
        Browser b = new Browser(port);
        b.login(account, "Demo@2026");
        return b;
    }

    /** The account's dossier of {@code region} as its page shows it. */
    private static JsonNode dossier(Browser b, String region) {
        JsonNode page = b.get("/api/dossiers?regionCode=" + region).json();
        assertThat(page.get("totalElements").asLong()).as(region).isGreaterThanOrEqualTo(1);
        for (JsonNode s : page.get("content")) {
            if (s.get("regionCode").asString().equals(region)
                    && !"DRAFT".equals(s.get("state").asString())) {
                return b.get("/api/dossiers/" + s.get("id").asLong()).json();
            }
        }
        throw new AssertionError("no submitted dossier of " + region + " in " + page);
    }

    private static String step(JsonNode d) {
        return d.get("run").get("currentStepCode").asString();
    }

    private static List<String> acts(JsonNode d) {
        List<String> steps = new ArrayList<>();
        for (JsonNode a : d.get("run").get("allowedActions")) {
            if (a.get("action").asString().equals("ACT")) {
                steps.add(a.get("stepCode").asString());
            }
        }
        return steps;
    }

    @Test
    void theLeagueBureauFindsSunitLeftWaitingForItsInitialSelection() {
        JsonNode d = dossier(as("xl.bureau"), "152523");
        assertThat(step(d)).isEqualTo("INITIAL_SELECTION");
        assertThat(acts(d)).containsExactly("INITIAL_SELECTION");
        assertThat(d.get("materials").toString()).contains("演示数据（合成）");
    }

    @Test
    void theDivisionReviewerFindsSunitRightWaitingForItsCheck() {
        JsonNode d = dossier(as("im.reviewer"), "152524");
        assertThat(step(d)).isEqualTo("DIVISION_CHECK");
        assertThat(acts(d)).containsExactly("DIVISION_CHECK");
    }

    @Test
    void theDemoExpertOpensAScoringSheetOfWestUjimqinAndTheDepartmentSeesThePanel() {
        Browser expert = as("expert");
        JsonNode mine = expert.get("/api/review/my-panels?state=TO_SCORE").json();
        assertThat(mine.get("totalElements").asLong()).isEqualTo(1);
        JsonNode row = mine.get("content").get(0);
        assertThat(row.get("stepCode").asString()).isEqualTo("EXPERT_SCORING");
        assertThat(row.get("regionCode").asString()).isEqualTo("152526");
        String sheetPath = "/api/review/my-panels/" + row.get("panelId").asLong() + "/dossiers/"
                + row.get("dossierId").asLong() + "/sheet";
        assertThat(expert.get(sheetPath).status()).isEqualTo(200);

        Browser department = as("im.staff");
        JsonNode d = dossier(department, "152526");
        assertThat(step(d)).isEqualTo("EXPERT_SCORING");
        JsonNode panels = department
                .get("/api/review/panels?roundId=" + d.get("round").get("id").asLong())
                .json()
                .get("content");
        assertThat(panels).hasSize(1);
        assertThat(panels.get(0).get("state").asString()).isEqualTo("OPEN");
        assertThat(panels.get(0).get("members").toString()).contains("王建华");
    }

    @Test
    void theZunyiGovernmentAndBureauFindHuichuanWaitingForTheMunicipalPublicity() {
        for (String account : List.of("zy.gov", "zy.bureau", "gz.staff")) {
            JsonNode d = dossier(as(account), "520303");
            assertThat(step(d)).as(account).isEqualTo("PUBLICITY");
            assertThat(d.get("eligibility").toString()).contains("演示数据（合成）");
        }
    }
}
