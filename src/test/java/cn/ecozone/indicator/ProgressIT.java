package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Progress toward the dated Beautiful Inner Mongolia targets (GET /api/progress), 2020 → 2024, with the Open SDG
 * thresholds 0.95 / 0.6. Each expected category is worked out by hand beside the values.
 *
 * <p>No role can enter values for the region itself (150000): the entering roles sit at prefecture or county level
 * (RoleRules), so the region-wide values are put in through the repository, as an import would; the league values
 * (150200) are entered over HTTP by the league's government.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressIT {

    private static final String EDITION = "BIM-2024";
    private static final String REGION = "150000";
    private static final String BAOTOU = "150200";
    private static final String URL =
            "/api/progress?edition=" + EDITION + "&region=" + REGION + "&baseYear=2020&year=2024";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Values values;

    private Browser province;
    private JsonNode report;

    @BeforeAll
    void holdValuesAndAssess() {
        // PM2.5 ≤ 25 by 2027, lower is better: observed (27/30)^(1/4) − 1 = −2.5996%, required (25/30)^(1/7) − 1 =
        // −2.5710%, ratio 1.011 ≥ 0.95 → ON_TRACK
        hold("BIM-14", 2020, 30, false);
        hold("BIM-14", 2024, 27, false);
        // plants ≥ 85 by 2027: observed (82.5/80)^(1/4) − 1 = 0.7723%, required (85/80)^(1/7) − 1 = 0.8698%,
        // ratio 0.888 → ACCELERATION_NEEDED
        hold("BIM-08", 2020, 80, false);
        hold("BIM-08", 2024, 82.5, false);
        // beautiful villages ≥ 40 by 2027: observed 2.4114%, required 21.9014%, ratio 0.110 → LIMITED_PROGRESS
        hold("BIM-13", 2020, 10, false);
        hold("BIM-13", 2024, 11, false);
        // contaminated farmland ≥ 98 by 2027, moving away: ratio −0.594 → DETERIORATION (demo values)
        hold("BIM-16", 2020, 95, true);
        hold("BIM-16", 2024, 94, true);
        // animals ≥ 80 by 2027, 81 already → ACHIEVED
        hold("BIM-07", 2020, 70, false);
        hold("BIM-07", 2024, 81, false);
        // cultivated-land grade ≤ 5.10 by 2035, lower is better: observed −0.9051%, required −0.6216%, ratio 1.456
        hold("BIM-06", 2020, 5.6, false);
        hold("BIM-06", 2024, 5.4, false);
        // zero-waste cities ≥ 60 by 2027 from a base of 0: linear, observed 30/4 = 7.5 a year, required 60/7 = 8.5714,
        // ratio 0.875 → ACCELERATION_NEEDED
        hold("BIM-17", 2020, 0, false);
        hold("BIM-17", 2024, 30, false);
        // full coverage (= 100) by 2035 from 0, approached from below: linear, 7.5 against 100/15 = 6.667 → ON_TRACK
        hold("BIM-17-2035", 2020, 0, false);
        hold("BIM-17-2035", 2024, 30, false);
        // grassland cover: no base value; forest cover: no current value; growing stock: nothing
        hold("BIM-01", 2024, 44.5, false);
        hold("BIM-02", 2020, 21, false);

        province = as(Role.PROVINCE_STAFF, REGION);
        Response response = province.get(URL);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        report = response.json();
    }

    private void hold(String indicator, int year, double number, boolean synthetic) {
        ValueEntity value = values.find(EDITION, indicator, REGION, year)
                .orElseGet(() -> new ValueEntity(EDITION, indicator, REGION, "/" + REGION + "/", year));
        value.enter(number, null, null, "测试", null, "test", null, Instant.parse("2025-01-01T00:00:00Z"));
        if (synthetic) {
            value.markSynthetic();
        }
        values.save(value);
    }

    private Browser as(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    private JsonNode row(String code) {
        for (JsonNode row : report.get("rows")) {
            if (row.get("code").asString().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private String category(String code) {
        return row(code).get("category").asString();
    }

    @Test
    void listsEveryDatedTargetThatAppliesToTheRegionInEditionOrder() {
        List<String> codes = new ArrayList<>();
        report.get("rows").forEach(r -> codes.add(r.get("code").asString()));

        // not BIM-05 or BIM-09 (no year), not BIM-15 (leagues and cities), not the MANUAL goals
        assertThat(codes)
                .containsExactly(
                        "BIM-01",
                        "BIM-02",
                        "BIM-03",
                        "BIM-04",
                        "BIM-06",
                        "BIM-07",
                        "BIM-08",
                        "BIM-10",
                        "BIM-11",
                        "BIM-12",
                        "BIM-13",
                        "BIM-14",
                        "BIM-16",
                        "BIM-17",
                        "BIM-17-2035");
        assertThat(report.get("regionName").asString()).isEqualTo("内蒙古自治区");
        assertThat(report.get("baseYear").asInt()).isEqualTo(2020);
        assertThat(report.get("year").asInt()).isEqualTo(2024);
    }

    @Test
    void pm25From30To27TowardTwentyFiveBy2027IsOnTrack() {
        JsonNode pm25 = row("BIM-14");

        assertThat(pm25.get("category").asString()).isEqualTo("ON_TRACK");
        assertThat(pm25.get("name").asString()).isEqualTo("细颗粒物（PM2.5）平均浓度");
        assertThat(pm25.get("unit").asString()).isEqualTo("微克/立方米");
        assertThat(pm25.get("targetValue").asDouble()).isEqualTo(25);
        assertThat(pm25.get("targetYear").asInt()).isEqualTo(2027);
        assertThat(pm25.get("higherIsBetter").asBoolean()).isFalse();
        assertThat(pm25.get("baseValue").asDouble()).isEqualTo(30);
        assertThat(pm25.get("value").asDouble()).isEqualTo(27);
        assertThat(pm25.get("observedGrowth").asDouble()).isCloseTo(-0.025996, within(1e-6));
        assertThat(pm25.get("requiredGrowth").asDouble()).isCloseTo(-0.025710, within(1e-6));
        assertThat(pm25.get("targetText").asString()).contains("下降到25微克/立方米");
        assertThat(pm25.get("appliedTarget").asString()).isEqualTo("到2027年 ≤ 25微克/立方米");
        assertThat(pm25.get("explanation").asString())
                .startsWith("按复合年均增长率计算：2020年基期值 30，2024年现状值 27")
                .contains("实际与所需之比为 1.01")
                .endsWith("判定为“进展顺利”");
        assertThat(pm25.get("synthetic").asBoolean()).isFalse();
    }

    @Test
    void classifiesEachHandWorkedCaseWithOpenSdgThresholds() {
        assertThat(category("BIM-07")).isEqualTo("ACHIEVED");
        assertThat(category("BIM-06")).isEqualTo("ON_TRACK");
        assertThat(category("BIM-08")).isEqualTo("ACCELERATION_NEEDED");
        assertThat(category("BIM-13")).isEqualTo("LIMITED_PROGRESS");
        assertThat(category("BIM-16")).isEqualTo("DETERIORATION");
        assertThat(row("BIM-06").get("higherIsBetter").asBoolean()).isFalse();
        assertThat(row("BIM-08").get("observedGrowth").asDouble()).isCloseTo(0.007723, within(1e-6));
        assertThat(row("BIM-08").get("requiredGrowth").asDouble()).isCloseTo(0.008698, within(1e-6));
        assertThat(row("BIM-07").get("requiredGrowth").isNull()).isTrue();
        assertThat(row("BIM-07").get("explanation").asString()).isEqualTo("2024年现状值 81 已达到2027年目标值 80，判定为“已实现目标”");
    }

    @Test
    void aZeroBaseFallsBackToLinearChangePerYear() {
        JsonNode zeroWaste = row("BIM-17");
        assertThat(zeroWaste.get("category").asString()).isEqualTo("ACCELERATION_NEEDED");
        assertThat(zeroWaste.get("observedGrowth").asDouble()).isCloseTo(7.5, within(1e-9));
        assertThat(zeroWaste.get("requiredGrowth").asDouble()).isCloseTo(60.0 / 7, within(1e-9));
        assertThat(zeroWaste.get("explanation").asString()).startsWith("基期值、现状值或目标值不为正数");

        // "实现全覆盖" (= 100) by 2035, approached from below
        JsonNode fullCoverage = row("BIM-17-2035");
        assertThat(fullCoverage.get("higherIsBetter").asBoolean()).isTrue();
        assertThat(fullCoverage.get("category").asString()).isEqualTo("ON_TRACK");
    }

    @Test
    void aMissingBaseOrCurrentValueGivesNoDataWithTheReason() {
        assertThat(category("BIM-01")).isEqualTo("NO_DATA");
        assertThat(row("BIM-01").get("explanation").asString()).isEqualTo("基期2020年无该指标数值，无法评估进展");
        assertThat(row("BIM-01").get("baseValue").isNull()).isTrue();
        assertThat(row("BIM-01").get("value").asDouble()).isEqualTo(44.5);
        assertThat(category("BIM-02")).isEqualTo("NO_DATA");
        assertThat(row("BIM-02").get("explanation").asString()).isEqualTo("评估年度2024年无该指标数值，无法评估进展");
        assertThat(category("BIM-03")).isEqualTo("NO_DATA");
        assertThat(row("BIM-03").get("explanation").asString()).isEqualTo("基期2020年和评估年度2024年均无该指标数值，无法评估进展");
        assertThat(row("BIM-03").get("observedGrowth").isNull()).isTrue();
    }

    @Test
    void sumsUpByCategoryAndFlagsRowsBuiltOnDemoValues() {
        JsonNode summary = report.get("summary");
        assertThat(summary.get("ACHIEVED").asInt()).isEqualTo(1);
        assertThat(summary.get("ON_TRACK").asInt()).isEqualTo(3);
        assertThat(summary.get("ACCELERATION_NEEDED").asInt()).isEqualTo(2);
        assertThat(summary.get("LIMITED_PROGRESS").asInt()).isEqualTo(1);
        assertThat(summary.get("DETERIORATION").asInt()).isEqualTo(1);
        assertThat(summary.get("NO_DATA").asInt()).isEqualTo(7);

        assertThat(row("BIM-16").get("synthetic").asBoolean()).isTrue();
        assertThat(row("BIM-13").get("synthetic").asBoolean()).isFalse();
        assertThat(report.get("synthetic").asBoolean()).isTrue();
    }

    @Test
    void theBaseYearDefaultsToTheEditionsFirstYear() {
        JsonNode withoutBase = province.get("/api/progress?edition=" + EDITION + "&region=" + REGION + "&year=2024")
                .json();
        assertThat(withoutBase.get("baseYear").asInt()).isEqualTo(2020);
        assertThat(withoutBase.get("summary")).isEqualTo(report.get("summary"));
    }

    @Test
    void answersInEnglishWhenAsked() {
        JsonNode english =
                as(Role.PROVINCE_STAFF, REGION).language("en").get(URL).json();
        JsonNode pm25 = english.get("rows").get(11);

        assertThat(pm25.get("code").asString()).isEqualTo("BIM-14");
        assertThat(pm25.get("name").asString()).isEqualTo("Average PM2.5 concentration");
        assertThat(pm25.get("appliedTarget").asString()).isEqualTo("≤ 25微克/立方米 by 2027");
        assertThat(pm25.get("explanation").asString()).startsWith("Compound annual growth: base value 30 in 2020");
        assertThat(english.get("rows").get(0).get("explanation").asString())
                .isEqualTo("No value in the base year 2020, so progress cannot be assessed");
    }

    @Test
    void aLeagueEntersItsPm25AndSeesOnlyTheLeagueTarget() {
        // 包头市 PM2.5 ≤ 25 by 2035: observed (36/40)^(1/4) − 1 = −2.5996%, required (25/40)^(1/15) − 1 = −3.0848%,
        // ratio 0.843 → ACCELERATION_NEEDED
        Browser league = as(Role.PREFECTURE_GOVERNMENT, BAOTOU);
        for (Map.Entry<Integer, Double> entry : Map.of(2020, 40.0, 2024, 36.0).entrySet()) {
            Response entered = league.put(
                    "/api/indicator-values/" + EDITION + "/" + BAOTOU + "/" + entry.getKey() + "/BIM-15",
                    Map.of("value", entry.getValue(), "source", "环境质量公报"));
            assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        }

        Response response =
                league.get("/api/progress?edition=" + EDITION + "&region=" + BAOTOU + "&baseYear=2020&year=2024");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode rows = response.json().get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("code").asString()).isEqualTo("BIM-15");
        assertThat(rows.get(0).get("category").asString()).isEqualTo("ACCELERATION_NEEDED");
        assertThat(rows.get(0).get("targetYear").asInt()).isEqualTo(2035);
        assertThat(response.json().get("synthetic").asBoolean()).isFalse();
        // the region above sees the league
        assertThat(province.get("/api/progress?edition=" + EDITION + "&region=" + BAOTOU + "&year=2024")
                        .json()
                        .get("rows")
                        .get(0)
                        .get("category")
                        .asString())
                .isEqualTo("ACCELERATION_NEEDED");
    }

    @Test
    void aRegionOutsideTheScopeIsNotFound() {
        Response outside = as(Role.PREFECTURE_STAFF, "152500").get(URL);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.code()).isEqualTo("not-found");
    }

    @Test
    void anonymousVisitorsMustLogIn() {
        assertThat(new Browser(port).get(URL).status()).isEqualTo(401);
    }

    @Test
    void badYearsAndUnknownEditionsAreRefusedClearly() {
        Response sameYear =
                province.get("/api/progress?edition=" + EDITION + "&region=" + REGION + "&baseYear=2024&year=2024");
        assertThat(sameYear.status()).isEqualTo(400);
        assertThat(sameYear.json().get("errors").get(0).get("field").asString()).isEqualTo("baseYear");
        assertThat(sameYear.json().get("detail").asString()).contains("基期年份（2024年）须早于评估年度（2024年）");

        Response outside = province.get("/api/progress?edition=" + EDITION + "&region=" + REGION + "&year=2040");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").get(0).get("field").asString()).isEqualTo("year");

        Response unknown = province.get("/api/progress?edition=NO-SUCH&region=" + REGION + "&year=2024");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("not-found");
    }

    @Test
    void aTargetDueBeforeTheBaseYearCannotBeAssessed() {
        // 节约型机关 ≥ 80 by 2025, assessed from 2025 to 2026: no growth can be required any more
        hold("BIM-12", 2025, 78, false);
        hold("BIM-12", 2026, 79, false);
        JsonNode late = province.get(
                        "/api/progress?edition=" + EDITION + "&region=" + REGION + "&baseYear=2025&year=2026")
                .json();
        JsonNode offices = null;
        for (JsonNode r : late.get("rows")) {
            if (r.get("code").asString().equals("BIM-12")) {
                offices = r;
            }
        }
        assertThat(offices).isNotNull();
        assertThat(offices.get("category").asString()).isEqualTo("NO_DATA");
        assertThat(offices.get("explanation").asString()).startsWith("目标年份2025年不晚于基期2025年");
    }
}
