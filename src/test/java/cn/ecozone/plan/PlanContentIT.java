package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A plan's targets (linked to indicators), tasks and key projects. */
@ApiTest
class PlanContentIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void targetsLinkToIndicatorsOfAPublishedEditionAndEveryProblemIsReportedAtOnce() {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        JsonNode plan = PlanPathIT.drafted(county, "内容测试规划");
        String path = "/api/plans/" + plan.get("id").asLong() + "/content";

        Response refused = county.put(
                path,
                Map.of(
                        "version", plan.get("version").asLong(),
                        "targets",
                                List.of(Map.of(
                                        "edition",
                                        "BIM-2024",
                                        "indicator",
                                        "NO-SUCH",
                                        "nameZh",
                                        "森林覆盖率",
                                        "value",
                                        "≥25%",
                                        "year",
                                        2040)),
                        "tasks", List.of(Map.of("nameZh", " ")),
                        "keyProjects", List.of(Map.of("nameZh", "草原修复", "investment", -1))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder(
                        "targets[0].year", "targets[0].indicator", "tasks[0].nameZh", "keyProjects[0].investment");
        assertThat(county.get("/api/plans/" + plan.get("id").asLong())
                        .json()
                        .get("content")
                        .get("targets"))
                .isEmpty();

        // Guizhou's provincial edition is not for an Inner Mongolia plan (issue 8 §3)
        Response foreign = county.put(
                path,
                Map.of(
                        "version",
                        plan.get("version").asLong(),
                        "targets",
                        List.of(Map.of(
                                "edition",
                                "GZ-2SZS-2021",
                                "indicator",
                                "GZ-01",
                                "nameZh",
                                "目标",
                                "value",
                                "≥90",
                                "year",
                                2030)),
                        "tasks",
                        List.of(),
                        "keyProjects",
                        List.of()));
        assertThat(foreign.status()).as(foreign.toString()).isEqualTo(400);
        assertThat(foreign.json().toString()).contains("targets[0].edition", "GZ-2SZS-2021");

        String indicator = county.get("/api/indicator-editions/BIM-2024")
                .json()
                .get("indicators")
                .get(0)
                .get("code")
                .asString();
        Response saved = county.put(
                path,
                Map.of(
                        "version", plan.get("version").asLong(),
                        "targets",
                                List.of(Map.of(
                                        "edition",
                                        "BIM-2024",
                                        "indicator",
                                        indicator,
                                        "nameZh",
                                        "目标一",
                                        "value",
                                        "≥25",
                                        "year",
                                        2030)),
                        "tasks", List.of(Map.of("nameZh", "实施草原生态修复", "responsible", "林草局", "year", 2027)),
                        "keyProjects", List.of(Map.of("nameZh", "浑善达克沙地治理", "investment", 12000.5))));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        JsonNode content = saved.json().get("content");
        assertThat(content.get("targets").get(0).get("indicator").asString()).isEqualTo(indicator);
        assertThat(content.get("keyProjects").get(0).get("investment").asDouble())
                .isEqualTo(12000.5);
    }

    @Test
    void contentTooLongInTotalIsRefusedBeforeItReachesTheDatabase() {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "152502"), Fixtures.PASSWORD);
        JsonNode plan = PlanPathIT.drafted(county, "内容过长测试规划");
        List<Map<String, Object>> projects = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            projects.add(Map.of("nameZh", "项目" + i, "content", "很".repeat(1000)));
        }

        Response refused = county.put(
                "/api/plans/" + plan.get("id").asLong() + "/content",
                Map.of("version", plan.get("version").asLong(), "keyProjects", projects));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("content");
        assertThat(county.get("/api/plans/" + plan.get("id").asLong())
                        .json()
                        .get("content")
                        .get("keyProjects"))
                .isEmpty();
    }
}
