package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The province's candidacy-and-exclusions overview (issue 11 §2): every candidacy in scope with its
 * latest dossier and its exclusions, judged as of the submission date of a dossier in review and as
 * of today otherwise, computed when read; filters, scope, a constant number of statements, the
 * export. Guizhou's 铜仁市 玉屏县 and 石阡县, which no other test uses.
 */
@ApiTest
class DossierOverviewIT {

    static final String SUBMITTED = "520622";
    static final String NO_DOSSIER = "520623";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    EventDeliveries deliveries;

    DossierTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DossierTestSteps(port, fixtures);
    }

    @Test
    void theOverviewJudgesASubmittedDossierAsOfItsSubmissionAndOthersAsOfTodayAndIsCurrentAfterARegisterChange() {
        LocalDate day = LocalDate.of(LocalDate.now(DossierTestSteps.BEIJING).getYear(), 6, 1);
        DossierTestSteps.on(clock, day.minusDays(20), () -> {
            JsonNode candidacy = steps.candidacy("520000", SUBMITTED, "TWO_MOUNTAINS_BASE");
            steps.candidacy("520000", NO_DOSSIER, "TWO_MOUNTAINS_BASE");
            Browser county = steps.as(Role.COUNTY_GOVERNMENT, SUBMITTED);
            return FreshSteps.completeAndSubmit(county, DossierTestSteps.created(county, candidacy, null));
        });
        DossierTestSteps.on(clock, day, () -> {
            Browser province = steps.as(Role.PROVINCE_STAFF, "520000");
            String list = "/api/dossier-overview?regionCode=520600&size=50";
            assertThat(row(province, list, SUBMITTED).get("excluded").asBoolean())
                    .isFalse();

            // a major incident after the submission date counts for the county without a dossier only
            record(province, SUBMITTED, day.minusDays(5));
            record(province, NO_DOSSIER, day.minusDays(5));
            JsonNode submitted = row(province, list, SUBMITTED);
            assertThat(submitted.get("dossierState").asString()).isEqualTo("SUBMITTED");
            assertThat(submitted.get("asOf").asString())
                    .isEqualTo(day.minusDays(20).toString());
            assertThat(submitted.get("excluded").asBoolean()).isFalse();
            JsonNode other = row(province, list, NO_DOSSIER);
            assertThat(other.get("dossierId").isNull()).isTrue();
            assertThat(other.get("asOf").asString()).isEqualTo(day.toString());
            assertThat(other.get("excluded").asBoolean()).isTrue();
            assertThat(other.get("verdicts").toString()).contains("MAJOR_DAMAGE_EVENT", "第七条（四）", "重大事件（总览测试）");

            // one before the submission date excludes the submitted dossier at the next read
            record(province, SUBMITTED, day.minusDays(40));
            assertThat(row(province, list, SUBMITTED).get("excluded").asBoolean())
                    .isTrue();

            JsonNode excludedOnly = province.get(list + "&excludedOnly=true").json();
            assertThat(excludedOnly.get("content"))
                    .allSatisfy(r -> assertThat(r.get("excluded").asBoolean()).isTrue());
            assertThat(excludedOnly.get("totalElements").asLong()).isGreaterThanOrEqualTo(2);
            JsonNode submittedOnly = province.get(list + "&state=SUBMITTED").json();
            assertThat(submittedOnly.get("content"))
                    .allSatisfy(
                            r -> assertThat(r.get("dossierState").asString()).isEqualTo("SUBMITTED"));
            assertThat(submittedOnly.toString()).contains("\"regionCode\":\"" + SUBMITTED + "\"");
            assertThat(submittedOnly.toString()).doesNotContain("\"regionCode\":\"" + NO_DOSSIER + "\"");
            return null;
        });
    }

    @Test
    void theOverviewReadsAConstantNumberOfStatementsHoweverManyCandidaciesAPageHolds() {
        Browser province = steps.as(Role.PROVINCE_STAFF, "520000");
        steps.candidacy("520000", "520624", "TWO_MOUNTAINS_BASE");
        String list = "/api/dossier-overview?regionCode=520600&size=100";
        // measured once the listeners of this and earlier tests are done: one that evicts a cache between the
        // warming read and the counted one would add a statement that is not the list's own
        deliveries.awaitSettled();
        long before = province.get(list).json().get("totalElements").asLong();
        int fewer = province.statements(list);
        steps.candidacy("520000", "520626", "TWO_MOUNTAINS_BASE");
        deliveries.awaitSettled();
        assertThat(province.get(list).json().get("totalElements").asLong()).isEqualTo(before + 1);
        assertThat(province.statements(list)).isEqualTo(fewer);
    }

    @Test
    void prefectureStaffSeeTheirPrefectureOnlyCountiesAreRefusedAndTheExportIsAWorkbookOfTheFilteredRows() {
        steps.candidacy("520000", "520625", "TWO_MOUNTAINS_BASE");
        Browser tongren = steps.as(Role.PREFECTURE_STAFF, "520600");
        Browser zunyi = steps.as(Role.PREFECTURE_STAFF, "520300");
        assertThat(tongren.get("/api/dossier-overview?size=100").body()).contains("\"regionCode\":\"520625\"");
        assertThat(zunyi.get("/api/dossier-overview?regionCode=520625").status())
                .isIn(200, 404);
        assertThat(zunyi.get("/api/dossier-overview?size=100").body()).doesNotContain("\"regionCode\":\"520625\"");
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "520625")
                        .get("/api/dossier-overview")
                        .status())
                .isEqualTo(403);

        byte[] xlsx = tongren.download("/api/dossier-overview/export?regionCode=520625");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("否决情形总览");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("创建主体");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("520625");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("无否决情形");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode row(Browser who, String list, String region) {
        for (JsonNode r : who.get(list).json().get("content")) {
            if (r.get("regionCode").asString().equals(region)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + region);
    }

    private static void record(Browser province, String region, LocalDate on) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "INCIDENT");
        b.put("regionCode", region);
        b.put("summary", "重大事件（总览测试）");
        b.put("sourceNumber", "铜环发〔2026〕2号");
        b.put("sourceDate", on.toString());
        b.put("sourceIssuer", "铜仁市生态环境局");
        b.put("category", "ECOLOGICAL_DAMAGE");
        b.put("occurredOn", on.toString());
        b.put("level", "MAJOR");
        Response r = province.post("/api/registers", b);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }
}
