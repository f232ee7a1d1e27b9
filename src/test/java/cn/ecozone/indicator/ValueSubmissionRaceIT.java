package cn.ecozone.indicator;

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
 * Issue 8 §3: a value saved at the same moment as its year is submitted never changes the submitted
 * year. Both requests lock the year's submission row, so either the change lands before the
 * submission (and the submitted year shows it) or the change is refused with 409.
 */
@ApiTest
class ValueSubmissionRaceIT {

    private static final String EDITION = IndicatorEvaluationIT.GUIZHOU;
    private static final String[] COUNTIES = {"522624", "522625"}; // 三穗县, 镇远县: no other test uses them
    private static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void aValueSavedWhileTheYearIsSubmittedEitherLandsBeforeTheSubmissionOrIsRefused() throws Exception {
        int changedBefore = 0, refused = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String region = COUNTIES[round % 2];
            int year = 2021 + round / 2;
            Browser county = new Browser(port);
            county.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD);
            String value = "/api/indicator-values/" + EDITION + "/" + region + "/" + year
                    + "/GZ-03"; // no reference average: other tests' averages stay untouched
            Response first = county.put(value, Map.of("value", 90.0));
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            long version = first.json().get("version").asLong();

            String submitPath = "/api/indicator-submissions/" + EDITION + "/" + region + "/" + year + "/SUBMIT";
            Map<String, Object> explained = cn.ecozone.support.MissingValues.explained(county, submitPath);
            var both = Together.run(
                    () -> county.put(value, Map.of("value", 95.0, "version", version, "reason", "更正监测数据")),
                    () -> county.post(submitPath, explained));
            Response change = both.first();
            Response submit = both.second();
            assertThat(submit.status()).as("round " + round + ": " + submit).isEqualTo(200);
            assertThat(change.status()).as("round " + round + ": " + change).isIn(200, 409);

            JsonNode held = county.get(
                            "/api/indicator-values?edition=" + EDITION + "&region=" + region + "&year=" + year)
                    .json();
            assertThat(held.get("state").asString()).isEqualTo("SUBMITTED");
            double stored = held.get("values").get(0).get("value").asDouble();
            double submitted = submit.json().get("values").get(0).get("value").asDouble();
            assertThat(stored)
                    .as("round %d: the submitted year holds what was submitted", round)
                    .isEqualTo(submitted);
            if (change.status() == 200) {
                changedBefore++;
                assertThat(stored).isEqualTo(95.0);
            } else {
                refused++;
                assertThat(stored).isEqualTo(90.0);
            }
        }
        assertThat(changedBefore + refused).isEqualTo(ROUNDS);
    }
}
