package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A hand-worked evaluation of 仁怀市 (520382) against the whole Guizhou Two Mountains Index
 * (seed 002, 附件2) for 2025, with 2024 as the previous year. Each expectation is worked out by
 * hand in the comment beside it.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorEvaluationIT {

    static final String GUIZHOU = "GZ-2SZS-2021";
    private static final String COUNTY = "520382";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser subject;
    private JsonNode card;

    @BeforeAll
    void enterValuesAndEvaluate() {
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        long version =
                province.get("/api/regions/" + COUNTY).json().get("version").asLong();
        assertThat(province.put(
                                "/api/regions/" + COUNTY + "/attributes",
                                Map.of(
                                        "terrain",
                                        "MOUNTAIN",
                                        "keyEcologicalFunctionArea",
                                        false,
                                        "reason",
                                        "黔北山区",
                                        "version",
                                        version))
                        .status())
                .isEqualTo(200);

        Browser neighbour = new Browser(port);
        neighbour.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520381"), Fixtures.PASSWORD);
        enter(neighbour, "520381", 2025, "GZ-01", Map.of("value", 95.0));

        subject = new Browser(port);
        subject.login(fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY), Fixtures.PASSWORD);
        enter(subject, COUNTY, 2025, "GZ-01", Map.of("value", 97.0));
        enter(subject, COUNTY, 2025, "GZ-02", Map.of("value", 100.0));
        enter(subject, COUNTY, 2024, "GZ-03", Map.of("value", 80.0));
        enter(subject, COUNTY, 2025, "GZ-03", Map.of("value", 82.0));
        enter(subject, COUNTY, 2024, "GZ-04", Map.of("value", 70.0));
        enter(subject, COUNTY, 2025, "GZ-04", Map.of("value", 70.0));
        enter(subject, COUNTY, 2025, "GZ-05", Map.of("value", 95.0));
        enter(subject, COUNTY, 2025, "GZ-06", Map.of("value", 95.5));
        enter(subject, COUNTY, 2025, "GZ-07", Map.of("value", 60.0));
        enter(
                subject,
                COUNTY,
                2024,
                "GZ-09",
                Map.of("parts", Map.of("redline_area", 100.0, "protected_area_area", 50.0)));
        enter(
                subject,
                COUNTY,
                2025,
                "GZ-09",
                Map.of("parts", Map.of("redline_area", 100.0, "protected_area_area", 49.0)));
        enter(subject, COUNTY, 2024, "GZ-10", Map.of("value", 1.0));
        enter(subject, COUNTY, 2025, "GZ-10", Map.of("value", 1.2));
        enter(subject, COUNTY, 2025, "GZ-16", Map.of("flag", true));
        enter(subject, COUNTY, 2025, "GZ-18", Map.of("flag", false));
        enter(subject, COUNTY, 2025, "GZ-20", Map.of("value", 3.5));

        Response evaluation = subject.get("/api/evaluations?edition=" + GUIZHOU + "&region=" + COUNTY + "&year=2025");
        assertThat(evaluation.status()).as(evaluation.toString()).isEqualTo(200);
        card = evaluation.json();
    }

    private static void enter(Browser browser, String region, int year, String indicator, Map<String, Object> body) {
        Map<String, Object> withSource = new HashMap<>(body);
        withSource.put("source", "测试");
        Response r = browser.put(
                "/api/indicator-values/" + GUIZHOU + "/" + region + "/" + year + "/" + indicator, withSource);
        assertThat(r.status()).as(indicator + " " + r).isEqualTo(200);
    }

    private JsonNode row(String code) {
        for (JsonNode row : card.get("rows")) {
            if (row.get("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private String status(String code) {
        return row(code).get("status").asString();
    }

    @Test
    void everyOneOfTheTwentyIndicatorsGetsAStatus() {
        assertThat(card.get("rows")).hasSize(20);
        assertThat(card.get("rows"))
                .allSatisfy(r -> assertThat(r.get("reason").asString()).isNotBlank());
    }

    @Test
    void comparisonsFollowTheCivilCodeWording() {
        assertThat(status("GZ-02")).isEqualTo("MET"); // 100 = 100%
        assertThat(status("GZ-05")).isEqualTo("NOT_MET"); // 95 is not > 95 (超过 excludes the bound)
        assertThat(status("GZ-06")).isEqualTo("MET"); // 95.5 > 95
        assertThat(status("GZ-20")).isEqualTo("MET"); // 3.5 > 3
    }

    @Test
    void airQualityIsComparedWithTheComputedProvincialAverage() {
        // held values for Guizhou counties in 2025: 97 (仁怀) and 95 (赤水) → average 96; 97 > 96
        assertThat(status("GZ-01")).isEqualTo("MET");
        assertThat(row("GZ-01").get("reason").asString()).contains("96");
    }

    @Test
    void forestAndGrassCoverUsesTheMountainThreshold() {
        assertThat(status("GZ-07")).isEqualTo("MET"); // 60 ≥ 60 for 山区 (inclusive)
        assertThat(row("GZ-07").get("appliedTarget").asString()).contains("60").contains("山区");
    }

    @Test
    void trendsCompareWithThePreviousYear() {
        assertThat(status("GZ-03")).isEqualTo("MET"); // 80 → 82
        assertThat(status("GZ-04")).isEqualTo("NOT_MET"); // 70 → 70 is not an improvement
        assertThat(status("GZ-10")).isEqualTo("MET"); // 1.0 → 1.2
        assertThat(status("GZ-09")).isEqualTo("NOT_MET"); // protected area 50 → 49 decreased
    }

    @Test
    void yesNoIndicatorsFollowTheFlag() {
        assertThat(status("GZ-16")).isEqualTo("MET"); // 获得
        assertThat(status("GZ-18")).isEqualTo("NOT_MET"); // 建立实施: not yet
        assertThat(status("GZ-19")).isEqualTo("NO_DATA");
    }

    @Test
    void missingValuesAreNoData() {
        for (String code : new String[] {"GZ-11", "GZ-12", "GZ-13", "GZ-14", "GZ-15", "GZ-17"}) {
            assertThat(status(code)).as(code).isEqualTo("NO_DATA");
        }
    }

    @Test
    void summaryCountsAndScoresByTheEditionsMethod() {
        JsonNode summary = card.get("summary");
        // met: 01 02 03 06 07 10 16 20 = 8 of 20 applicable
        assertThat(summary.get("met").asInt()).isEqualTo(8);
        assertThat(summary.get("applicable").asInt()).isEqualTo(20);
        assertThat(summary.get("notMet").asInt()).isEqualTo(4); // 04 05 09 18
        assertThat(summary.get("scoreMethod").asString()).isEqualTo("SHARE_MET");
        assertThat(summary.get("score").asDouble()).isEqualTo(40.0);
        assertThat(summary.get("scoreNote").asString()).isNotBlank();
        assertThat(card.get("synthetic").asBoolean()).isFalse();
    }

    @Test
    void trendAndRankingAnswerForTheCountyAndItsPrefecture() {
        JsonNode trend = subject.get("/api/evaluations/trend?edition=" + GUIZHOU + "&region=" + COUNTY
                        + "&indicator=GZ-03&from=2024&to=2025")
                .json();
        assertThat(trend).hasSize(2);
        assertThat(trend.get(1).get("value").asDouble()).isEqualTo(82.0);

        Browser bureau = new Browser(port);
        bureau.login(fixtures.user(Role.PREFECTURE_STAFF, "520300"), Fixtures.PASSWORD);
        JsonNode ranking = bureau.get("/api/evaluations/ranking?edition=" + GUIZHOU + "&parent=520300&year=2025")
                .json();
        assertThat(ranking.get(0).get("regionCode").asString()).isEqualTo(COUNTY);
        assertThat(ranking.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(subject.get("/api/evaluations/ranking?edition=" + GUIZHOU + "&parent=520300&year=2025")
                        .status())
                .isEqualTo(404);
    }
}
