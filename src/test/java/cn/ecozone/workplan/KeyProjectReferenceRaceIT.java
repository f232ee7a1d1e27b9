package cn.ecozone.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 §3: deleting a key project at the same moment as an annual work plan comes to list it never
 * leaves the plan pointing at nothing; the foreign key refuses whichever commits second.
 */
@ApiTest
class KeyProjectReferenceRaceIT {

    private static final String COUNTY = "152522"; // 阿巴嘎旗: no other work-plan test uses it
    private static final int ROUNDS = 10;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aKeyProjectDeletedWhileAWorkPlanListsItIsEitherKeptOrNotListed() throws Exception {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY), Fixtures.PASSWORD);
        Response created = county.post("/api/work-plans", WorkPlanIT.plan("TWO_MOUNTAINS_AREA", 2026, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long plan = created.json().get("id").asLong();
        for (int round = 0; round < ROUNDS; round++) {
            long project = WorkPlanIT.keyProject(county, "阿巴嘎旗竞态项目" + round);
            long version =
                    county.get("/api/work-plans/" + plan).json().get("version").asLong();
            Map<String, Object> listing = WorkPlanIT.plan("TWO_MOUNTAINS_AREA", 2026, project);
            listing.put("version", version);

            var both = Together.run(
                    () -> county.put("/api/work-plans/" + plan, listing),
                    () -> county.delete("/api/key-projects/" + project + "?version=0"));
            Response listed = both.first();
            Response deleted = both.second();

            boolean projectExists = county.get("/api/key-projects/" + project).status() == 200;
            JsonNode now = county.get("/api/work-plans/" + plan).json();
            boolean planLists = now.get("projects").toString().contains("\"keyProjectId\":" + project);
            assertThat(!planLists || projectExists)
                    .as("round %d: listing %s, deletion %s", round, listed, deleted)
                    .isTrue();
            assertThat(listed.status() == 200 && deleted.status() == 204)
                    .as("round %d: both succeeded: %s / %s", round, listed, deleted)
                    .isFalse();
            assertThat(listed.status()).isIn(200, 400, 409);
            assertThat(deleted.status()).isIn(204, 409);
        }
    }
}
