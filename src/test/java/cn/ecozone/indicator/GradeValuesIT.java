package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A GRADE indicator made in the editor: a county enters grades, and GRADE_AT_LEAST judges them. */
@ApiTest
class GradeValuesIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    /** Publishes an edition with one GRADE indicator Q-01 (优/良/中/差, target 良及以上) and returns its code. */
    private String publishedGradeEdition() {
        String code = "T-GRADE-" + System.nanoTime() % 1_000_000;
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        long version = province.post("/api/indicator-drafts", Map.of("header", EditionEditorIT.header(code)))
                .json()
                .get("version")
                .asLong();
        Map<String, Object> indicator =
                EditionEditorIT.indicator("Q-01", Map.of("kind", "GRADE_AT_LEAST", "grade", "良"));
        indicator.put("valueType", "GRADE");
        indicator.put("unit", null);
        indicator.put("grades", List.of("优", "良", "中", "差"));
        indicator.put("targetTextZh", "良及以上");
        Response added = province.put(
                "/api/indicator-drafts/" + code + "/indicators/Q-01",
                Map.of("indicator", indicator, "version", version));
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(province.post(
                                "/api/indicator-drafts/" + code + "/publish",
                                Map.of("version", added.json().get("version").asLong()))
                        .status())
                .isEqualTo(200);
        return code;
    }

    @Test
    void aCountyEntersAGradeThatIsJudgedOnTheIndicatorsScale() {
        String code = publishedGradeEdition();
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520329"), Fixtures.PASSWORD);
        String path = "/api/indicator-values/" + code + "/520329/2025/Q-01";

        Response offScale = county.put(path, Map.of("grade", "甲"));
        assertThat(offScale.status()).isEqualTo(400);
        assertThat(offScale.json().get("errors").get(0).get("field").asString()).isEqualTo("grade");
        assertThat(offScale.json().get("detail").asString()).contains("优、良、中、差");

        Response entered = county.put(path, Map.of("grade", "良"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        assertThat(entered.json().get("grade").asString()).isEqualTo("良");
        JsonNode row = county.get("/api/evaluations?edition=" + code + "&region=520329&year=2025")
                .json()
                .get("rows")
                .get(0);
        assertThat(row.get("status").asString()).isEqualTo("MET");
        assertThat(row.get("grade").asString()).isEqualTo("良");
        assertThat(row.get("appliedTarget").asString()).isEqualTo("达到“良”及以上");

        county.put(
                path,
                Map.of(
                        "grade",
                        "差",
                        "reason",
                        "复核后下调",
                        "version",
                        entered.json().get("version").asLong()));
        JsonNode after = county.get("/api/evaluations?edition=" + code + "&region=520329&year=2025")
                .json()
                .get("rows")
                .get(0);
        assertThat(after.get("status").asString()).isEqualTo("NOT_MET");
        assertThat(after.get("gap").asDouble()).isEqualTo(-2.0);
    }

    @Test
    void gradesGoThroughTheExcelTemplateAndImportAsText() throws Exception {
        String code = publishedGradeEdition();
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520329"), Fixtures.PASSWORD);

        byte[] template =
                county.download("/api/indicator-excel/template?edition=" + code + "&regions=520329&years=2024");
        try (var book = ExcelTestWorkbooks.open(template)) {
            assertThat(book.getSheet("指标数值").getDataValidations())
                    .anyMatch(v -> v.getValidationConstraint().getExplicitListValues() != null
                            && List.of(v.getValidationConstraint().getExplicitListValues())
                                    .equals(List.of("优", "良", "中", "差")));
        }

        JsonNode refused = importAndWait(
                county,
                code,
                ExcelTestWorkbooks.workbook(
                        List.of(ExcelTestWorkbooks.row("520329", 2024, "Q-01", "甲", null, "年度考核"))));
        assertThat(refused.get("state").asString()).isEqualTo("FAILED");
        assertThat(refused.get("errors").get(0).get("column").asString()).isEqualTo("H"); // 数值
        assertThat(refused.get("errors").get(0).get("reason").asString()).contains("优、良、中、差");

        JsonNode saved = importAndWait(
                county,
                code,
                ExcelTestWorkbooks.workbook(
                        List.of(ExcelTestWorkbooks.row("520329", 2024, "Q-01", "优", null, "年度考核"))));
        assertThat(saved.get("state").asString()).as(saved.toString()).isEqualTo("SUCCEEDED");
        JsonNode year = county.get("/api/indicator-values?edition=" + code + "&region=520329&year=2024")
                .json();
        assertThat(year.get("values").get(0).get("grade").asString()).isEqualTo("优");
    }

    private static JsonNode importAndWait(Browser browser, String edition, byte[] workbook) {
        Response started = browser.upload("/api/indicator-excel/import?edition=" + edition, "等级.xlsx", workbook);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().get("jobId").asString();
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> {
                    last[0] =
                            browser.get("/api/indicator-excel/import/" + jobId).json();
                    return !"RUNNING".equals(last[0].get("state").asString());
                });
        return last[0];
    }

    @Test
    void aGradeTargetOffTheIndicatorsGradesIsRefusedInTheEditor() {
        String code = "T-GRADE-" + System.nanoTime() % 1_000_000;
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        long version = province.post("/api/indicator-drafts", Map.of("header", EditionEditorIT.header(code)))
                .json()
                .get("version")
                .asLong();
        Map<String, Object> indicator =
                EditionEditorIT.indicator("Q-02", Map.of("kind", "GRADE_AT_LEAST", "grade", "良好"));
        indicator.put("valueType", "GRADE");
        indicator.put("grades", List.of("优", "良", "中", "差"));

        Response refused = province.put(
                "/api/indicator-drafts/" + code + "/indicators/Q-02",
                Map.of("indicator", indicator, "version", version));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("target");
    }
}
