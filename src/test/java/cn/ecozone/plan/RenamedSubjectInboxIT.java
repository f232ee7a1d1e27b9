package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Renaming a plan or an annual work plan renames its run: the inbox shows the title the subject gave
 * it last, not the one it was created with.
 */
@ApiTest
class RenamedSubjectInboxIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    private static List<String> inboxTitles(Browser who, String subjectType) {
        Response inbox = who.get("/api/procedures/inbox?size=100&subjectType=" + subjectType);
        assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
        return inbox.json().findValuesAsString("subjectTitle");
    }

    @Test
    void aPlanRenamedAfterItsReturnIsInTheInboxUnderItsNewTitle() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        JsonNode plan = PlanPathIT.drafted(county, "改名前的规划（2026—2030年）");
        long id = plan.get("id").asLong();
        plan = PlanPathIT.act(county, plan, "submit", Map.of());
        JsonNode atLeague = league.get("/api/plans/" + id).json();
        plan = PlanPathIT.act(league, atLeague, "return", Map.of("reason", "标题不规范"));

        Response edited = county.put(
                "/api/plans/" + id,
                Map.of(
                        "title",
                        "改名后的规划（2026—2030年）",
                        "periodStart",
                        2026,
                        "periodEnd",
                        2030,
                        "version",
                        plan.get("version").asLong()));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        assertThat(inboxTitles(county, "PLAN")).contains("改名后的规划（2026—2030年）").doesNotContain("改名前的规划（2026—2030年）");
        PlanPathIT.act(county, edited.json(), "submit", Map.of());
        assertThat(inboxTitles(league, "PLAN")).contains("改名后的规划（2026—2030年）").doesNotContain("改名前的规划（2026—2030年）");
    }

    @Test
    void aWorkPlanRenamedInItsDraftIsInTheInboxUnderItsNewTitle() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Map<String, Object> body = new HashMap<>();
        body.put("programme", "ECO_CIVILIZATION_ZONE");
        body.put("year", 2031);
        body.put("title", "改名前的2031年度工作计划");
        Response created = county.post("/api/work-plans", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(inboxTitles(county, "WORK_PLAN")).contains("改名前的2031年度工作计划");

        body.put("title", "改名后的2031年度工作计划");
        body.put("version", plan.get("version").asLong());
        Response edited = county.put("/api/work-plans/" + plan.get("id").asLong(), body);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);

        assertThat(inboxTitles(county, "WORK_PLAN")).contains("改名后的2031年度工作计划").doesNotContain("改名前的2031年度工作计划");
    }
}
