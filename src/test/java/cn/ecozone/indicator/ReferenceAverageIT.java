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
        return airQualityRow(county, region, YEAR);
    }

    private JsonNode airQualityRow(Browser county, String region, int year) {
        JsonNode card = county.get("/api/evaluations?edition=" + EDITION + "&region=" + region + "&year=" + year)
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
    void anEnteredValueMovesTheComputedAverageAtOnce() {
        int year = 2031; // no other test holds GZ-01 values of this year (ValueValidationIT has 2033)
        Browser nanming = county("520102"); // 南明区
        Browser yunyan = county("520103"); // 云岩区
        nanming.put(
                "/api/indicator-values/" + EDITION + "/520102/" + year + "/GZ-01",
                Map.of("value", 97.0, "source", "监测站"));
        // the only value of the year: the average is 97, and 97 is not above it (the average is now cached)
        assertThat(airQualityRow(nanming, "520102", year).get("status").asString())
                .isEqualTo("NOT_MET");

        yunyan.put(
                "/api/indicator-values/" + EDITION + "/520103/" + year + "/GZ-01",
                Map.of("value", 90.0, "source", "监测站"));

        // (97 + 90) / 2 = 93.5 < 97: the cached average was dropped when the value committed
        JsonNode row = airQualityRow(nanming, "520102", year);
        assertThat(row.get("status").asString()).isEqualTo("MET");
        assertThat(row.get("reason").asString()).contains("93.5");
    }

    @Test
    void anImportedValueMovesTheComputedAverageAtOnce() {
        int year = 2032; // no other test holds GZ-01 values of this year
        Browser nanming = county("520102");
        Browser yunyan = county("520103");
        nanming.put(
                "/api/indicator-values/" + EDITION + "/520102/" + year + "/GZ-01",
                Map.of("value", 97.0, "source", "监测站"));
        assertThat(airQualityRow(nanming, "520102", year).get("status").asString())
                .isEqualTo("NOT_MET");

        JsonNode job = ExcelImportIT.importAndWait(
                yunyan,
                ExcelTestWorkbooks.workbook(
                        java.util.List.of(ExcelTestWorkbooks.row("520103", year, "GZ-01", 91, null, "监测站"))));
        assertThat(job.get("state").asString()).isEqualTo("SUCCEEDED");

        // (97 + 91) / 2 = 94 < 97
        assertThat(airQualityRow(nanming, "520102", year).get("status").asString())
                .isEqualTo("MET");
    }

    private Browser county(String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
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
