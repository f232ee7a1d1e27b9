package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** "超过当年度全省平均水平" (Guizhou index no. 1) against a published, then corrected, provincial average. */
@ApiTest
class ReferenceAverageIT {

    private static final String EDITION = IndicatorEvaluationIT.GUIZHOU;
    private static final int YEAR = 2030; // no other test holds values of this year

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private JsonNode airQualityRow(Browser county, String region) {
        JsonNode card = county.get("/api/evaluations?edition=" + EDITION + "&region=" + region + "&year=" + YEAR)
                .json();
        for (JsonNode row : card.get("rows")) {
            if (row.get("code").asString().equals("GZ-01")) {
                return row;
            }
        }
        throw new AssertionError("no GZ-01");
    }

    @Test
    void aPublishedAverageIsPreferredToTheComputedOneAndTheReasonSaysSo() {
        String region = "520329"; // 余庆县
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD);
        county.put(
                "/api/indicator-values/" + EDITION + "/" + region + "/" + YEAR + "/GZ-01",
                Map.of("value", 97.0, "source", "监测站"));
        // computed from held values: only this county's 97 → not above its own average
        assertThat(airQualityRow(county, region).get("status").asString()).isEqualTo("NOT_MET");

        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        String path = "/api/indicator-references/" + EDITION + "/520000/" + YEAR + "/GZ-01";
        assertThat(province.put(path, Map.of("average", 95.2, "source", "贵州省生态环境状况公报"))
                        .status())
                .isEqualTo(204);

        JsonNode row = airQualityRow(county, region);
        assertThat(row.get("status").asString()).isEqualTo("MET"); // 97 > 95.2
        assertThat(row.get("reason").asString()).contains("95.2");

        assertThat(province.put(path, Map.of("average", 98.0, "source", "更正")).status())
                .isEqualTo(409);
        assertThat(province.put(path, Map.of("average", 98.0, "source", "更正", "version", 0))
                        .status())
                .isEqualTo(204);
        assertThat(airQualityRow(county, region).get("status").asString()).isEqualTo("NOT_MET"); // 97 ≤ 98
    }

    @Test
    void onlyTheProvincesOwnStaffPublishAndOnlyForReferenceIndicators() {
        Browser innerMongolia = new Browser(port);
        innerMongolia.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        assertThat(innerMongolia
                        .put(
                                "/api/indicator-references/" + EDITION + "/520000/" + YEAR + "/GZ-01",
                                Map.of("average", 90.0, "source", "越权"))
                        .status())
                .isEqualTo(403);

        Browser guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        assertThat(guizhou.put(
                                "/api/indicator-references/" + EDITION + "/520000/" + YEAR + "/GZ-05",
                                Map.of("average", 90.0, "source", "不需要"))
                        .status())
                .isEqualTo(400);
    }
}
