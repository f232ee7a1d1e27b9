package cn.ecozone.plan;

import static cn.ecozone.plan.PlanPathIT.act;
import static cn.ecozone.plan.PlanPathIT.drafted;
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

/**
 * The role check comes before state checks (issue 8): a user in scope who takes no step of the plan's
 * path gets 403 for every move, never a 409 that tells the plan's state.
 */
@ApiTest
class PlanRoleBeforeStateIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    @Test
    void aNonActorInScopeGets403NotTheStateOfTheDraft() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = drafted(county, "角色先于状态");
        Browser bystander = as(Role.CONSTRUCTION_SUBJECT, "152502");
        assertThat(bystander.get("/api/plans/" + plan.get("id").asLong()).status())
                .isEqualTo(200);
        for (String action : new String[] {"withdraw", "return", "examine", "major_change", "recompile"}) {
            JsonNode answer = act(bystander, plan, action, Map.of("reason", "试探", "opinion", "试探"), 403);
            assertThat(answer.get("code").asString()).isEqualTo("not-the-actor");
        }
        plan = act(county, plan, "submit", Map.of());
        Response edit = bystander.put(
                "/api/plans/" + plan.get("id").asLong(),
                Map.of(
                        "title",
                        "改名",
                        "periodStart",
                        2026,
                        "periodEnd",
                        2030,
                        "version",
                        plan.get("version").asLong()));
        assertThat(edit.status()).isEqualTo(403);
    }
}
