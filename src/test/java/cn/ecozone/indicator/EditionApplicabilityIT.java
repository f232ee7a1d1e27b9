package cn.ecozone.indicator;

import static cn.ecozone.indicator.ExcelTestWorkbooks.row;
import static cn.ecozone.indicator.ExcelTestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.indicator.internal.ReferenceAverages;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Editions apply only in their province and at their levels (issue 14 §1, ADR 0038): writes elsewhere
 * are refused with the reason and change nothing; the pickers offer each user only the editions that
 * apply, open on the one the user's regulation names, and say where a level has no edition yet. Regions:
 * 乌海市 (150300) with its 乌达区 (150304), 鄂尔多斯市东胜区 (150602), 黔西市 (520581, refused writes only: IndicatorDeclineIT holds its Guizhou index values).
 */
@ApiTest
class EditionApplicabilityIT {

    private static final String GUIZHOU = "GZ-2SZS-2021";
    private static final String BEAUTIFUL_IM = "BIM-2024";
    private static final String CITY = "ECOCIV-CITY-2024";
    private static final String WUHAI = "150300";
    private static final String WUDA = "150304";
    private static final String DONGSHENG = "150602";
    private static final String QIANXI = "520581";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Values values;

    @Autowired
    EditionApplicability applicability;

    @Autowired
    EditionsInForce inForce;

    @Autowired
    java.time.Clock clock;

    /** The edition a page opens on for {@code named}: it, or a successor another test published and put in force. */
    private String inForceFor(String named, RegionLevel level) {
        return inForce.inForce(named, level, LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai"))))
                .orElse(named);
    }

    @Autowired
    ReferenceAverages averages;

    private Browser as(Role role, String region) {
        return Browser.loggedIn(port, fixtures.user(role, region));
    }

    private JsonNode applicable(Browser browser) {
        Response r = browser.get("/api/indicator-editions/applicable");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> codes(JsonNode applicable) {
        List<String> codes = new ArrayList<>();
        applicable.get("editions").forEach(e -> codes.add(e.get("code").asString()));
        return codes;
    }

    // ----- refused outside -----

    @Test
    void anInnerMongoliaCountyEnteringGuizhousIndexIsRefusedWithTheReasonAndNothingIsStored() {
        Browser wuda = as(Role.COUNTY_GOVERNMENT, WUDA);

        Response refused =
                wuda.put("/api/indicator-values/" + GUIZHOU + "/" + WUDA + "/2024/GZ-01", Map.of("value", 95.0));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains(GUIZHOU, "贵州省", "乌达区");
        assertThat(values.find(GUIZHOU, "GZ-01", WUDA, 2024)).isEmpty();
    }

    @Test
    void aGuizhouCountyEnteringOrSubmittingBeautifulInnerMongoliaIsRefusedAndNothingChanges() {
        Browser qianxi = as(Role.COUNTY_GOVERNMENT, QIANXI);

        Response value = qianxi.put(
                "/api/indicator-values/" + BEAUTIFUL_IM + "/" + QIANXI + "/2024/BIM-01", Map.of("value", 80.0));
        Response submit =
                qianxi.post("/api/indicator-submissions/" + BEAUTIFUL_IM + "/" + QIANXI + "/2024/SUBMIT", Map.of());

        assertThat(value.status()).as(value.toString()).isEqualTo(422);
        assertThat(value.json().get("detail").asString()).contains(BEAUTIFUL_IM, "内蒙古自治区");
        assertThat(submit.status()).as(submit.toString()).isEqualTo(422);
        assertThat(submit.json().get("detail").asString()).contains(BEAUTIFUL_IM);
        assertThat(values.find(BEAUTIFUL_IM, "BIM-01", QIANXI, 2024)).isEmpty();
        JsonNode year = qianxi.get("/api/indicator-values?edition=" + BEAUTIFUL_IM + "&region=" + QIANXI + "&year=2024")
                .json();
        assertThat(year.path("state").asString("OPEN")).isEqualTo("OPEN");
    }

    @Test
    void anInnerMongoliaDepartmentPublishingAnAverageForGuizhousIndexIsRefusedAndNothingIsStored() {
        Browser department = as(Role.PROVINCE_STAFF, "150000");

        Response refused = department.put(
                "/api/indicator-references/" + GUIZHOU + "/150000/2024/GZ-01",
                Map.of("average", 90.0, "source", "全区公报"));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains(GUIZHOU, "贵州省");
        assertThat(averages.find(GUIZHOU, "GZ-01", "150000", 2024)).isEmpty();
    }

    @Test
    void anImportWithOneRowOutsideTheEditionsLevelsIsRefusedWholeNamingThatRow() {
        Browser wuhai = as(Role.PREFECTURE_GOVERNMENT, WUHAI);
        byte[] mixed = workbook(List.of(
                row(WUHAI, 2031, "C24-01", 90, null, "统计公报"),
                row(WUDA, 2031, "C24-01", 88, null, "统计公报"), // a county: the city edition is PREFECTURE only
                row(WUHAI, 2031, "C24-06-1", 70, null, null)));

        JsonNode done = importAndWait(wuhai, CITY, mixed);

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("saved").asInt()).isZero();
        assertThat(done.get("errorCount").asInt()).isEqualTo(1);
        JsonNode error = done.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("reason").asString()).contains(CITY, "乌达区");
        assertThat(values.find(CITY, "C24-01", WUHAI, 2031)).isEmpty();
        assertThat(values.find(CITY, "C24-06-1", WUHAI, 2031)).isEmpty();
        assertThat(values.find(CITY, "C24-01", WUDA, 2031)).isEmpty();
    }

    @Test
    void theSameImportWithoutTheOutOfScopeRowIsSaved() {
        Browser wuhai = as(Role.PREFECTURE_GOVERNMENT, WUHAI);

        JsonNode done = importAndWait(
                wuhai,
                CITY,
                workbook(List.of(
                        row(WUHAI, 2032, "C24-01", 90, null, "统计公报"), row(WUHAI, 2032, "C24-06-1", 70, null, null))));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("saved").asInt()).isEqualTo(2);
        assertThat(values.find(CITY, "C24-01", WUHAI, 2032)).isPresent();
    }

    @Test
    void aPlanTargetMayNotCiteAnotherProvincesEdition() {
        assertThat(applicability.appliesInProvince(GUIZHOU, WUDA)).isFalse();
        assertThat(applicability.appliesInProvince(BEAUTIFUL_IM, WUDA)).isTrue();
        assertThat(applicability.appliesInProvince(CITY, QIANXI)).isTrue();
    }

    // ----- what the pickers offer -----

    @Test
    void aGuizhouCountyIsOfferedGuizhousIndexOnlyAndOpensOnIt() {
        JsonNode a = applicable(as(Role.COUNTY_GOVERNMENT, QIANXI));

        assertThat(codes(a)).contains(GUIZHOU).doesNotContain(BEAUTIFUL_IM, CITY);
        assertThat(a.get("preferred").asString()).isEqualTo(inForceFor(GUIZHOU, RegionLevel.COUNTY));
        assertThat(a.get("level").asString()).isEqualTo("COUNTY");
        assertThat(a.get("missing")).isEmpty();
    }

    @Test
    void aGuizhouDepartmentIsOfferedNoBeautifulInnerMongoliaAndOpensOnItsOwnIndex() {
        JsonNode a = applicable(as(Role.PROVINCE_STAFF, "520000"));

        assertThat(codes(a)).contains(GUIZHOU, CITY).doesNotContain(BEAUTIFUL_IM);
        assertThat(a.get("preferred").asString()).isIn(GUIZHOU, inForceFor(GUIZHOU, RegionLevel.COUNTY));
    }

    @Test
    void anInnerMongoliaLeagueOpensOnTheCityEditionItsRegulationNames() {
        JsonNode a = applicable(as(Role.PREFECTURE_STAFF, WUHAI));

        assertThat(codes(a)).contains(BEAUTIFUL_IM, CITY).doesNotContain(GUIZHOU);
        assertThat(a.get("preferred").asString()).isEqualTo(CITY); // IM eco-civ art. 10(三)
    }

    @Test
    void theInnerMongoliaDepartmentOpensOnBeautifulInnerMongolia() {
        JsonNode a = applicable(as(Role.PROVINCE_STAFF, "150000"));

        assertThat(codes(a)).contains(BEAUTIFUL_IM, CITY).doesNotContain(GUIZHOU);
        assertThat(a.get("preferred").asString()).isEqualTo(BEAUTIFUL_IM);
    }

    @Test
    void anInnerMongoliaCountyIsOfferedNoEditionAndToldThatTheCountyTableIsNotEnteredYet() {
        JsonNode a = applicable(as(Role.COUNTY_GOVERNMENT, DONGSHENG));

        // no shipped edition applies to an IM county (editions other tests publish for counties may)
        assertThat(codes(a)).doesNotContain(GUIZHOU, BEAUTIFUL_IM, CITY);
        assertThat(codes(a)).allSatisfy(code -> assertThat(code).doesNotStartWith("GZ-"));
        if (codes(a).isEmpty()) {
            assertThat(a.path("preferred").asString(null)).isNull();
        }
        assertThat(a.get("level").asString()).isEqualTo("COUNTY");
        List<String> notes = new ArrayList<>();
        a.get("missing").forEach(m -> notes.add(m.get("noteZh").asString()));
        assertThat(notes).isNotEmpty().anySatisfy(n -> assertThat(n).contains("尚未在平台中录入"));
    }

    static JsonNode importAndWait(Browser browser, String edition, byte[] workbook) {
        Response started = browser.upload("/api/indicator-excel/import?edition=" + edition, "指标数值.xlsx", workbook);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().get("jobId").asString();
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    last[0] =
                            browser.get("/api/indicator-excel/import/" + jobId).json();
                    return !"RUNNING".equals(last[0].get("state").asString());
                });
        return last[0];
    }
}
