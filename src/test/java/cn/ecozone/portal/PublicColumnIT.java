package cn.ecozone.portal;

import static cn.ecozone.plan.PlanPathIT.act;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.plan.PlanPathIT;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** IM eco-civ art. 8: the subject's public column, read without a login. */
@ApiTest
class PublicColumnIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    private static String step(JsonNode item, String action) {
        return "/api/column-items/" + item.get("id").asLong() + "/" + action + "?version="
                + item.get("version").asLong();
    }

    @Test
    void theSubjectPublishesAndThePublicReadsThePromulgatedPlanAndTheItemsWithoutLoggingIn() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152523"); // 苏尼特左旗
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode plan = PlanPathIT.drafted(county, "苏尼特左旗生态文明建设示范区规划");
        JsonNode draftOnly = PlanPathIT.drafted(county, "尚未颁布的规划");
        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "panel", "专家组", "reviewedOn", "2026-05-01", "opinion", "通过"));
        plan = act(county, plan, "revised", Map.of());
        act(
                county,
                plan,
                "promulgate",
                Map.of("body", "苏尼特左旗人民政府", "promulgatedOn", "2026-06-01", "documentNumber", "苏政发〔2026〕8号"));

        Response item = county.post(
                "/api/column-items",
                Map.of(
                        "programme",
                        "ECO_CIVILIZATION_ZONE",
                        "kind",
                        "PROGRESS",
                        "title",
                        "2026年上半年创建进展",
                        "body",
                        "完成重点工程5项。"));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        // 先审后发 (issue 14 §7): the league above approves, the banner publishes
        JsonNode draft = item.json();
        JsonNode submitted = county.post(step(draft, "submit"), Map.of()).json();
        JsonNode approved = league.post(step(submitted, "approve"), Map.of()).json();
        item = county.post(step(approved, "publish"), Map.of());
        assertThat(item.status()).as(item.toString()).isEqualTo(200);
        assertThat(as(Role.PREFECTURE_STAFF, "152500")
                        .post(
                                "/api/column-items",
                                Map.of(
                                        "programme",
                                        "ECO_CIVILIZATION_ZONE",
                                        "kind",
                                        "PROGRESS",
                                        "title",
                                        "x",
                                        "body",
                                        "x"))
                        .status())
                .isEqualTo(403);

        Browser anonymous = new Browser(port);
        JsonNode column = anonymous
                .get("/api/public/columns/152523/ECO_CIVILIZATION_ZONE")
                .json();
        assertThat(column.get("regionName").asString()).isEqualTo("苏尼特左旗");
        assertThat(column.get("plans").findValuesAsString("title")).containsExactly("苏尼特左旗生态文明建设示范区规划");
        assertThat(column.get("items").findValuesAsString("title")).containsExactly("2026年上半年创建进展");
        // review s15 #6: the public reads what was published, when and by which organization; nothing of
        // the staff's workflow (no drafter, approver, state, return reason or version)
        JsonNode shown = column.get("items").get("content").get(0);
        assertThat(shown.propertyNames())
                .containsExactlyInAnyOrder("id", "kind", "title", "body", "publisher", "publishedAt", "files");
        assertThat(shown.get("publisher").asString()).startsWith("测试机构");
        assertThat(column.toString()).doesNotContain("draftedBy", "approvedBy", "returnReason", "测试用户");
        assertThat(anonymous.download("/api/public/plans/" + plan.get("id").asLong() + "/document"))
                .isEqualTo(PlanPathIT.PDF);
        assertThat(anonymous
                        .get("/api/public/plans/" + draftOnly.get("id").asLong() + "/document")
                        .status())
                .isEqualTo(404);
        assertThat(anonymous.get("/api/public/columns/152523/NO_SUCH").status()).isEqualTo(404);

        JsonNode published = item.json();
        assertThat(county.delete("/api/column-items/" + published.get("id").asLong() + "?version="
                                + published.get("version").asLong())
                        .status())
                .isEqualTo(204);
        assertThat(anonymous
                        .get("/api/public/columns/152523/ECO_CIVILIZATION_ZONE")
                        .json()
                        .get("items")
                        .get("content"))
                .isEmpty();
    }
}
