package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.act;
import static org.assertj.core.api.Assertions.assertThat;

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

/** IM eco-civ art. 7: a plan expires at the end of its period or on a major change, and is recompiled. */
@ApiTest
class PlanExpiryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    cn.ecozone.plan.internal.PlanExpiryJob job;

    private Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    /** A county plan of the period taken all the way to filing. */
    private JsonNode filed(Browser county, int from, int to) {
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        Response created = county.post(
                "/api/plans",
                Map.of(
                        "regulation",
                        PlanPathIT.IM_ECOCIV,
                        "title",
                        "到期测试规划" + from,
                        "periodStart",
                        from,
                        "periodEnd",
                        to));
        JsonNode plan = created.json();
        plan = county.upload(
                        "/api/plans/" + plan.get("id").asLong() + "/document?version="
                                + plan.get("version").asLong(),
                        "规划.pdf",
                        PlanPathIT.PDF)
                .json();
        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "panel", "专家组", "reviewedOn", from + "-03-01", "opinion", "通过"));
        plan = act(county, plan, "revised", Map.of());
        plan = act(
                county,
                plan,
                "promulgate",
                Map.of("body", "人民政府", "promulgatedOn", from + "-04-01", "documentNumber", "政发〔" + from + "〕1号"));
        plan = act(county, plan, "file", Map.of("filedOn", from + "-04-10"));
        return act(province, plan, "acknowledge", Map.of("receivedOn", from + "-04-14"));
    }

    @Test
    void aPlanWhosePeriodEndedExpiresOnceAndIsRecompiledAsANewRevisionOnTheSamePath() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = filed(county, 2021, 2025);
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
        assertThat(plan.get("filingReceivedOn").asString()).isEqualTo("2021-04-14");

        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        assertThat(job.run()).isZero(); // a second run finds nothing left to expire

        JsonNode expired = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(expired.get("state").asString()).isEqualTo("EXPIRED");
        JsonNode last = expired.get("timeline").get(expired.get("timeline").size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("EXPIRED");
        assertThat(last.get("actorName").asString()).isEqualTo("system");

        JsonNode recompiled = act(county, expired, "recompile", Map.of());
        assertThat(recompiled.get("state").asString()).isEqualTo("DRAFT");
        assertThat(recompiled.get("revision").asInt()).isEqualTo(2);
        assertThat(recompiled.get("filingDue").isNull()).isTrue();
        assertThat(recompiled.get("filingReceivedOn").isNull()).isTrue();
        assertThat(recompiled.get("steps").findValuesAsString("type")).first().isEqualTo("SUBMIT");
        // a new run for the new revision, at the subject's submission; the text is kept until replaced
        assertThat(recompiled.get("documentId").isNull()).isFalse();
        assertThat(recompiled.get("run").get("currentStepCode").asString()).isEqualTo("SUBMIT");
        assertThat(PlanPathIT.allowed(recompiled)).contains("ACT");
        assertThat(recompiled.get("timeline").findValuesAsString("action")).endsWith("EXPIRED", "RECOMPILING");
    }

    @Test
    void aMajorChangeOfTargetsNeedsAReasonAndExpiresTheFiledPlan() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = filed(county, 2026, 2030);

        act(county, plan, "major_change", Map.of("reason", ""), 400);
        act(as(Role.PREFECTURE_STAFF, "152500"), plan, "major_change", Map.of("reason", "目标调整"), 403);
        JsonNode expired = act(county, plan, "major_change", Map.of("reason", "行政区划调整，规划目标任务发生重大变化"));

        assertThat(expired.get("state").asString()).isEqualTo("EXPIRED");
        act(county, expired, "major_change", Map.of("reason", "再次申报"), 409);
    }
}
