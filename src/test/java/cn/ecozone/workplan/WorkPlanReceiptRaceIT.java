package cn.ecozone.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Two staff of the committee office acknowledge one filing at the same instant (two threads released
 * by one latch): exactly one receipt is recorded, the other gets a 409. Each request reads the run
 * before the engine locks it, so the engine must read the run's tasks again under its lock.
 */
@ApiTest
class WorkPlanReceiptRaceIT {

    private static final String COUNTY = "152530"; // 正蓝旗: no other work-plan test uses it
    private static final int ROUNDS = 3;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void ofTwoOfficeStaffAcknowledgingOneFilingAtOnceExactlyOneWinsAndTheOtherGets409() throws Exception {
        Browser county = login(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser first = login(Role.COMMITTEE_OFFICE, "152500");
        Browser second = login(Role.COMMITTEE_OFFICE, "152500");
        for (int round = 0; round < ROUNDS; round++) {
            Response created =
                    county.post("/api/work-plans", WorkPlanIT.plan("TWO_MOUNTAINS_AREA", 2026 + round, null));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            JsonNode filed = WorkPlanIT.act(county, WorkPlanIT.attached(county, created.json()), "file", Map.of(), 200);
            String path = "/api/work-plans/" + filed.get("id").asLong() + "/acknowledge";
            Map<String, Object> body = Map.of("version", filed.get("version").asLong());

            var both = Together.run(() -> first.post(path, body), () -> second.post(path, body));

            assertThat(List.of(both.first().status(), both.second().status()))
                    .as("round %d: %s / %s", round, both.first(), both.second())
                    .containsExactlyInAnyOrder(200, 409);
            JsonNode after =
                    county.get("/api/work-plans/" + filed.get("id").asLong()).json();
            assertThat(after.get("state").asString()).isEqualTo("RECEIVED");
            assertThat(after.get("procedure")
                            .get("timeline")
                            .valueStream()
                            .map(e -> e.get("action").asString() + " "
                                    + e.get("stepCode").asString())
                            .toList())
                    .as("one receipt in the timeline")
                    .containsExactly("ACT FILE", "ACT RECEIVE_FILING");
        }
    }

    private Browser login(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }
}
