package cn.ecozone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Exclusions computed from the registers over HTTP and through {@link ExclusionManagement}: only confirmed
 * records count, a record counts for its region and every region above it, the statements stay constant,
 * the province sets the thresholds the regulation lacks, and the preview keeps to the caller's scope.
 */
@ApiTest
class ExclusionsIT {

    private static final String XILINHOT = "/150000/152500/152502/";
    private static final String ERENHOT = "/150000/152500/152501/";
    private static final String IM = "IM-ECOCIV-2022";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ExclusionManagement exclusions;

    @AfterEach
    void removeTheProvincesSettings() {
        jdbc.update("delete from exclusion_setting where jurisdiction = '150000'");
    }

    @Test
    void pendingAndRejectedRecordsNeverExcludeAConfirmedOneDoes() {
        RegisterRows rows = new RegisterRows(jdbc);
        LocalDate asOf = LocalDate.of(2011, 6, 30);
        rows.falsification("152502", XILINHOT, asOf.minusMonths(1), "PENDING");
        rows.falsification("152502", XILINHOT, asOf.minusMonths(2), "REJECTED");
        assertThat(verdict("152502", asOf, "DATA_FALSIFIED").outcome()).isEqualTo(ExclusionOutcome.CLEAR);

        long confirmed = rows.falsification("152502", XILINHOT, asOf.minusMonths(3), "CONFIRMED");
        ExclusionVerdict v = verdict("152502", asOf, "DATA_FALSIFIED");
        assertThat(v.outcome()).isEqualTo(ExclusionOutcome.EXCLUDED);
        assertThat(v.records()).extracting(ExclusionVerdict.Trigger::recordId).containsExactly(confirmed);
        assertThat(v.records().getFirst().sourceNumber()).isEqualTo("测试〔2011〕1号");
    }

    @Test
    void aRecordInACountyExcludesThatCountyAndItsPrefectureButNotAnotherCounty() {
        RegisterRows rows = new RegisterRows(jdbc);
        LocalDate asOf = LocalDate.of(2012, 6, 30);
        long id = rows.insert(
                RegisterKind.INCIDENT,
                "152502",
                XILINHOT,
                asOf.minusYears(3),
                "CONFIRMED",
                Map.of("category", "ECOLOGICAL_DAMAGE", "level", "ESPECIALLY_MAJOR"));
        assertThat(verdict("152502", asOf, "INCIDENT_OR_SANCTION").records())
                .extracting(ExclusionVerdict.Trigger::recordId)
                .containsExactly(id);
        assertThat(verdict("152500", asOf, "INCIDENT_OR_SANCTION").outcome()).isEqualTo(ExclusionOutcome.EXCLUDED);
        assertThat(verdict("152501", asOf, "INCIDENT_OR_SANCTION").outcome()).isEqualTo(ExclusionOutcome.CLEAR);
        assertThat(verdict("152502", asOf.plusDays(1), "INCIDENT_OR_SANCTION").outcome())
                .as("one day later the incident lies one day before the window")
                .isEqualTo(ExclusionOutcome.CLEAR);
    }

    @Test
    void aMajorFindingWithAnOverdueTaskIsReadWithItsTasks() {
        RegisterRows rows = new RegisterRows(jdbc);
        LocalDate asOf = LocalDate.of(2013, 6, 30);
        long finding = rows.insert(
                RegisterKind.INSPECTION_FINDING,
                "152501",
                ERENHOT,
                asOf.minusYears(1),
                "CONFIRMED",
                Map.of("category", "CENTRAL_INSPECTION", "major", true, "completed", false));
        rows.task(finding, 1, asOf.minusMonths(6), asOf.minusMonths(7));
        rows.task(finding, 2, asOf.plusMonths(1), null);
        assertThat(verdict("152501", asOf, "INSPECTION_UNRECTIFIED").outcome()).isEqualTo(ExclusionOutcome.CLEAR);
        rows.task(finding, 3, asOf.minusDays(1), null);
        assertThat(verdict("152501", asOf, "INSPECTION_UNRECTIFIED").outcome()).isEqualTo(ExclusionOutcome.EXCLUDED);
    }

    @Test
    void tenAndAHundredQueriesTakeTheSameNumberOfStatements() {
        List<ExclusionQuery> hundred = new ArrayList<>();
        String[] counties = {"152501", "152502", "150102", "150702", "152500"};
        IntStream.range(0, 100)
                .forEach(i -> hundred.add(new ExclusionQuery(
                        "q" + i,
                        counties[i % counties.length],
                        i % 3 == 0 ? "IM-TWOMTN-2022" : IM,
                        1,
                        LocalDate.of(2014, 1, 1).plusDays(i))));
        List<ExclusionQuery> ten = hundred.subList(0, 10);
        Map<String, ExclusionReport> reports = new HashMap<>();
        int atTen = CountingStatements.during(() -> reports.putAll(exclusions.evaluate(ten)));
        assertThat(reports).hasSize(10);
        int atHundred = CountingStatements.during(() -> reports.putAll(exclusions.evaluate(hundred)));
        assertThat(reports).hasSize(100);
        assertThat(reports.get("q98").verdicts()).hasSize(6);
        assertThat(reports.get("q99").verdicts())
                .extracting(ExclusionVerdict::code)
                .containsExactly("INSPECTION_MAJOR_PROBLEM", "MAJOR_DAMAGE_EVENT");
        assertThat(atHundred).isEqualTo(atTen).isLessThanOrEqualTo(3);
    }

    @Test
    void untilTheProvinceSetsTheThresholdPetitionsNeedJudgementThenBelowItExcludeAndAtItAreClear() {
        RegisterRows rows = new RegisterRows(jdbc);
        LocalDate asOf = LocalDate.of(2015, 12, 31);
        LocalDate received = LocalDate.of(2015, 3, 1);
        for (int i = 0; i < 4; i++) {
            rows.insert(
                    RegisterKind.PETITION,
                    "152502",
                    XILINHOT,
                    received,
                    "CONFIRMED",
                    Map.of(
                            "category",
                            "HOTLINE_12369",
                            "due_on",
                            java.sql.Date.valueOf(received.plusDays(30)),
                            "closed_on",
                            java.sql.Date.valueOf(received.plusDays(i < 3 ? 10 : 40))));
        }
        ExclusionVerdict unset = verdict("152502", asOf, "PETITIONS");
        assertThat(unset.outcome()).isEqualTo(ExclusionOutcome.NEEDS_JUDGEMENT);
        assertThat(unset.figures())
                .extracting(ExclusionVerdict.Figure::value)
                .contains("4 / 4 = 100.0 %", "3 / 4 = 75.0 %");

        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        JsonNode settings = province.get("/api/exclusion-settings").json();
        assertThat(settings).hasSize(2);
        assertThat(settings.get(0).get("value").isNull()).isTrue();
        assertThat(settings.get(0).get("noteZh").asString()).contains("省级设定，非规程规定");
        assertThat(set(province, "min_closure_rate", 90, null).status()).isEqualTo(200);
        Response timely = set(province, "min_timely_rate", 75.5, null);
        assertThat(timely.status()).isEqualTo(200);
        assertThat(verdict("152502", asOf, "PETITIONS").outcome()).isEqualTo(ExclusionOutcome.EXCLUDED);

        Response stale = set(province, "min_timely_rate", 75, null);
        assertThat(stale.status())
                .as("a first-time set over an existing value is stale")
                .isEqualTo(409);
        long version = timely.json().get("version").asLong();
        assertThat(set(province, "min_timely_rate", 75, version)
                        .json()
                        .get("value")
                        .asDouble())
                .isEqualTo(75.0);
        assertThat(verdict("152502", asOf, "PETITIONS").outcome()).isEqualTo(ExclusionOutcome.CLEAR);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where target like ? and changes like ?",
                        Long.class,
                        "%ExclusionSetting%min_timely_rate%",
                        "%75.5%"))
                .isEqualTo(2);
    }

    @Test
    void onlyProvinceStaffOfThatProvinceSetThresholdsWithinTheirRange() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        Response tooHigh = set(province, "min_closure_rate", 100.5, null);
        assertThat(tooHigh.status()).isEqualTo(400);
        assertThat(tooHigh.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        assertThat(tooHigh.json().get("detail").asString())
                .contains("办结率不低于")
                .contains("0")
                .contains("100");

        Browser guizhou = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "520000"));
        assertThat(guizhou.get("/api/exclusion-settings").json()).isEmpty();
        assertThat(set(guizhou, "min_closure_rate", 90, null).status()).isEqualTo(404);

        Browser prefecture = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "152500"));
        assertThat(prefecture.get("/api/exclusion-settings").status()).isEqualTo(403);
        assertThat(set(prefecture, "min_closure_rate", 90, null).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from exclusion_setting", Long.class))
                .isZero();
    }

    @Test
    void thePreviewShowsTheStandingOfARegionInScopeAndNothingOutsideIt() {
        Browser prefecture = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "152500"));
        JsonNode report = prefecture
                .get("/api/exclusions?regionCode=152502&programme=ECO_CIVILIZATION_ZONE&asOf=2016-02-29")
                .json();
        assertThat(report.get("regulationCode").asString()).isEqualTo(IM);
        assertThat(report.get("windowFrom").asString()).isEqualTo("2013-02-28");
        assertThat(report.get("windowTo").asString()).isEqualTo("2016-02-29");
        assertThat(report.get("verdicts")).hasSize(6);
        assertThat(report.get("excluded").asBoolean()).isFalse();
        assertThat(report.get("needsJudgement").isBoolean()).isTrue();
        for (String far : java.util.List.of("-999999999-01-01", "+999999999-12-31")) {
            var refused =
                    prefecture.get("/api/exclusions?regionCode=152502&programme=ECO_CIVILIZATION_ZONE&asOf=" + far);
            assertThat(refused.status()).as(far + ": " + refused).isEqualTo(400);
            assertThat(refused.body()).as(far).contains("asOf");
        }

        assertThat(prefecture
                        .get("/api/exclusions?regionCode=150102&programme=ECO_CIVILIZATION_ZONE")
                        .status())
                .as("a county of another prefecture")
                .isEqualTo(404);
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "152502"));
        assertThat(county.get("/api/exclusions?regionCode=152502&programme=TWO_MOUNTAINS_BASE")
                        .json()
                        .get("regulationCode")
                        .asString())
                .isEqualTo("IM-TWOMTN-2022");
        assertThat(county.get("/api/exclusions?regionCode=152501&programme=ECO_CIVILIZATION_ZONE")
                        .status())
                .isEqualTo(404);
    }

    private static Response set(Browser browser, String key, Object value, Long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("regulationCode", IM);
        body.put("exclusionCode", "PETITIONS");
        body.put("key", key);
        body.put("value", value);
        body.put("version", version);
        return browser.put("/api/exclusion-settings", body);
    }

    private ExclusionVerdict verdict(String regionCode, LocalDate asOf, String code) {
        return exclusions.evaluate(new ExclusionQuery("k", regionCode, IM, 1, asOf)).verdicts().stream()
                .filter(v -> v.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
