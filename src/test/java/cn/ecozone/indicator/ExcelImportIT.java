package cn.ecozone.indicator;

import static cn.ecozone.indicator.ExcelTestWorkbooks.row;
import static cn.ecozone.indicator.ExcelTestWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueHistories;
import cn.ecozone.indicator.internal.ValueHistoryEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Excel import of indicator values over HTTP: a job that validates every row, reports every error
 * with sheet, row, column and reason, and saves all or nothing. Each test works in its own county of
 * Anshun (安顺市), so that tests sharing the database do not meet.
 */
@ApiTest
class ExcelImportIT {

    static final String EDITION = IndicatorEvaluationIT.GUIZHOU;
    static final String IMPORT = "/api/indicator-excel/import?edition=" + EDITION;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Values values;

    @Autowired
    ValueHistories histories;

    Browser county(String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(Role.COUNTY_GOVERNMENT, region), Fixtures.PASSWORD)
                        .status())
                .isEqualTo(200);
        return browser;
    }

    /** Uploads, expects 202 with a job id, and waits for the job to end. */
    static JsonNode importAndWait(Browser browser, byte[] workbook) {
        Response started = browser.upload(IMPORT, "指标数值.xlsx", workbook);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String jobId = started.json().get("jobId").asString();
        assertThat(jobId).isNotBlank();
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

    JsonNode year(Browser browser, String region, int year) {
        return browser.get("/api/indicator-values?edition=" + EDITION + "&region=" + region + "&year=" + year)
                .json();
    }

    @Test
    void aValidWorkbookSavesEveryValueWithHistoryAndAReport() {
        String county = "520402"; // 西秀区
        String importer = fixtures.user(Role.COUNTY_GOVERNMENT, county);
        Browser browser = new Browser(port);
        assertThat(browser.login(importer, Fixtures.PASSWORD).status()).isEqualTo(200);
        JsonNode done = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2024, "GZ-01", 95.5, null, "环境质量公报"),
                        row(county, 2024, "GZ-08", 120, null, null),
                        row(county, 2024, "GZ-09:redline_area", 12.5, null, "自然资源局"),
                        row(county, 2024, "GZ-09:protected_area_area", 30, null, "自然资源局"),
                        row(county, 2024, "GZ-16", null, "是", null),
                        row(county, "2023", "GZ-05", "96.5%", null, null))));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("totalRows").asInt()).isEqualTo(6);
        assertThat(done.get("processedRows").asInt()).isEqualTo(6);
        assertThat(done.get("saved").asInt()).isEqualTo(5);
        assertThat(done.get("errors")).isEmpty();

        JsonNode y2024 = year(browser, county, 2024);
        assertThat(valueOf(y2024, "GZ-01").get("value").asDouble()).isEqualTo(95.5);
        assertThat(valueOf(y2024, "GZ-01").get("source").asString()).isEqualTo("环境质量公报");
        assertThat(valueOf(y2024, "GZ-08").get("value").asDouble()).isEqualTo(120);
        assertThat(valueOf(y2024, "GZ-09").get("parts").get("redline_area").asDouble())
                .isEqualTo(12.5);
        assertThat(valueOf(y2024, "GZ-09")
                        .get("parts")
                        .get("protected_area_area")
                        .asDouble())
                .isEqualTo(30);
        assertThat(valueOf(y2024, "GZ-16").get("flag").asBoolean()).isTrue();
        assertThat(valueOf(year(browser, county, 2023), "GZ-05").get("value").asDouble())
                .isEqualTo(96.5);

        // the changes reach the audit log (after the commit), old → new per indicator, with the reason,
        // naming the importer (not "system") although the import ran on a worker thread
        Browser auditor = new Browser(port);
        auditor.login(fixtures.user(Role.AUDIT_ADMIN, "520000"), Fixtures.PASSWORD);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    JsonNode records = auditor.get("/api/audit/records?action=CHANGE&size=200")
                            .json()
                            .get("content");
                    List<String> changes = new ArrayList<>();
                    List<JsonNode> imported = new ArrayList<>();
                    for (JsonNode record : records) {
                        if (record.get("target").asString().equals("IndicatorValue:" + EDITION + "/" + county + "/2024")
                                && record.get("reason").asString().startsWith("Excel导入")) {
                            imported.add(record);
                            record.get("changes")
                                    .forEach(c -> changes.add(c.get("field").asString() + "="
                                            + c.get("newValue").asString()));
                        }
                    }
                    assertThat(changes).contains("GZ-01=95.5", "GZ-08=120", "GZ-16=true");
                    assertThat(imported).allSatisfy(record -> {
                        assertThat(record.get("username").asString()).isEqualTo(importer);
                        assertThat(record.get("role").asString()).isEqualTo("COUNTY_GOVERNMENT");
                        assertThat(record.get("organization").asString()).startsWith("测试机构");
                        assertThat(record.get("regionCode").asString()).isEqualTo(county);
                    });
                });

        // a second import changes one value: old → new in the history, reason "Excel导入"; the rest is unchanged
        JsonNode again = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2024, "GZ-01", 96, null, "环境质量公报"), row(county, 2024, "GZ-08", 120, null, null))));
        assertThat(again.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(again.get("saved").asInt()).isEqualTo(1);
        assertThat(again.get("unchanged").asInt()).isEqualTo(1);
        ValueEntity gz01 = values.find(EDITION, "GZ-01", county, 2024).orElseThrow();
        assertThat(histories.findByValueIdOrderByChangedAtDesc(gz01.id()))
                .extracting(ValueHistoryEntity::oldValue, ValueHistoryEntity::newValue, ValueHistoryEntity::reason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("95.5", "96", "Excel导入"),
                        org.assertj.core.groups.Tuple.tuple(null, "95.5", "Excel导入"));
    }

    @Test
    void aWorkbookWithErrorsReportsEveryErrorAndSavesNothing() {
        String county = "520403"; // 平坝区
        Browser browser = county(county);
        JsonNode done = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2024, "GZ-01", 90, null, null), // row 2: valid
                        row(county, 2024, "GZ-02", 150, null, null), // 3: percentage above 100
                        row(county, 2024, "GZ-08", -5, null, null), // 4: negative
                        row("999999", 2024, "GZ-03", 80, null, null), // 5: unknown region
                        row(county, 2024, "GZ-99", 1, null, null), // 6: unknown indicator
                        row(county, 2019, "GZ-04", 80, null, null), // 7: year outside the edition
                        row(county, 2024, "GZ-01", 91, null, null), // 8: duplicate of row 2
                        row(county, 2024, "GZ-10", "很多", null, null), // 9: text in a number cell
                        row("520402", 2024, "GZ-11", 10, null, null), // 10: another county, outside the scope
                        row("520403001", 2024, "GZ-12", 10, null, null), // 11: in scope, but not the subject's own
                        row(county, 2024, "GZ-16", null, "可能", null)))); // 12: not 是/否

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("saved").asInt()).isZero();
        assertThat(done.get("errorCount").asInt()).isEqualTo(10);
        List<String> errors = new ArrayList<>();
        done.get("errors")
                .forEach(e -> errors.add(e.get("sheet").asString() + "|"
                        + e.get("row").asInt() + "|"
                        + (e.get("column").isNull() ? "-" : e.get("column").asString()) + "|"
                        + e.get("reason").asString()));
        assertThat(errors)
                .containsExactly(
                        "指标数值|3|H|数值须在 0 至 100 之间（填写的是 150）",
                        "指标数值|4|H|数值须在 0 至 1000000000000 之间（填写的是 -5）",
                        "指标数值|5|A|未找到行政区划代码 999999",
                        "指标数值|6|D|指标编号“GZ-99”不在本指标体系中",
                        "指标数值|7|C|2019年不在该指标体系的适用年度（2020年至2035年）内",
                        "指标数值|8|-|与第 2 行重复：同一行政区划、年度和指标只能填写一行",
                        "指标数值|9|H|“很多”不是数字，“数值”列只能填写数字",
                        "指标数值|10|A|未找到行政区划代码 520402",
                        "指标数值|11|A|只有该行政区划的创建主体可以填报本地区的指标值",
                        "指标数值|12|I|“可能”无效，“是/否”列只能填写“是”或“否”");
        assertThat(done.get("errors").get(0).get("columnName").asString()).isEqualTo("数值");

        assertThat(year(browser, county, 2024).get("values")).isEmpty();
    }

    @Test
    void errorReasonsFollowTheReadersLanguage() {
        String county = "520424"; // 关岭布依族苗族自治县
        Browser browser = county(county);
        JsonNode done = importAndWait(browser, workbook(List.of(row(county, 2024, "GZ-02", 101, null, null))));
        String jobId = done.get("jobId").asString();
        JsonNode english = browser.language("en")
                .get("/api/indicator-excel/import/" + jobId)
                .json();
        assertThat(english.get("errors").get(0).get("reason").asString())
                .isEqualTo("The value must lie between 0 and 100 (entered: 101)");
    }

    @Test
    void anInnerMongoliaCountyImportingValuesOfGuizhousEditionGetsTheReasonAndNothingIsSaved() {
        String county = "152502"; // 锡林浩特市, outside Guizhou (GZ-2SZS-2021 applies only in 520000)
        Browser browser = county(county);
        JsonNode done = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2022, "GZ-01", 90, null, "公报"), row(county, 2022, "GZ-03", 70, null, null))));

        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("FAILED");
        assertThat(done.get("saved").asInt()).isZero();
        assertThat(done.get("errorCount").asInt()).isEqualTo(2);
        JsonNode first = done.get("errors").get(0);
        assertThat(first.get("row").asInt()).isEqualTo(2);
        assertThat(first.get("column").asString()).isEqualTo("A");
        assertThat(first.get("reason").asString()).contains(EDITION, "只适用于贵州省", "不能使用");
        assertThat(values.find(EDITION, "GZ-01", county, 2022)).isEmpty();
        assertThat(values.find(EDITION, "GZ-03", county, 2022)).isEmpty();
    }

    @Test
    void aFileThatIsNotAnXlsxWorkbookIsRefusedByItsContent() throws Exception {
        Browser browser = county("520425"); // 紫云苗族布依族自治县
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Response renamed = browser.upload(IMPORT, "数据.xlsx", pdf);
        assertThat(renamed.status()).isEqualTo(415);
        assertThat(renamed.contentType()).startsWith("application/problem+json");
        assertThat(renamed.code()).isEqualTo("unsupported-file");
        assertThat(renamed.json().get("detail").asString()).contains("不是有效的 Excel 工作簿");

        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(browser.upload(IMPORT, "数据.xlsx", zipped.toByteArray()).status())
                .isEqualTo(415);

        byte[] legacy = new byte[512];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, 0, legacy, 0, 4);
        Response xls = browser.upload(IMPORT, "数据.xlsx", legacy);
        assertThat(xls.status()).isEqualTo(415);
        assertThat(xls.json().get("detail").asString()).contains(".xls");

        Response empty = browser.upload(IMPORT, "数据.xlsx", new byte[0]);
        assertThat(empty.status()).isEqualTo(400);
    }

    @Test
    void aChangedValueInASubmittedYearIsRefusedWhileUnchangedRowsPass() {
        String county = "520422"; // 普定县
        Browser browser = county(county);
        assertThat(browser.put(
                                "/api/indicator-values/" + EDITION + "/" + county + "/2023/GZ-01",
                                Map.of("value", 88.0, "source", "公报"))
                        .status())
                .isEqualTo(200);
        assertThat(cn.ecozone.support.MissingValues.submit(
                                browser, "/api/indicator-submissions/" + EDITION + "/" + county + "/2023/SUBMIT")
                        .status())
                .isEqualTo(200);

        JsonNode done = importAndWait(
                browser,
                workbook(List.of(
                        row(county, 2023, "GZ-01", 88, null, "公报"), // as held: no error
                        row(county, 2023, "GZ-02", 100, null, null), // new value in the submitted year
                        row(county, 2024, "GZ-02", 100, null, null)))); // an open year, valid

        assertThat(done.get("state").asString()).isEqualTo("FAILED");
        assertThat(done.get("errorCount").asInt()).isEqualTo(1);
        JsonNode error = done.get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("reason").asString()).isEqualTo("2023年的数据已上报，不能修改；如需修改，请由审核部门退回");
        assertThat(year(browser, county, 2024).get("values")).isEmpty();
        assertThat(valueOf(year(browser, county, 2023), "GZ-01").get("value").asDouble())
                .isEqualTo(88);
    }

    @Test
    void onlyTheSubjectsMayImportAndOnlyTheStarterSeesTheJob() {
        String county = "520402";
        Browser expert = new Browser(port);
        expert.login(fixtures.user(Role.EXPERT, "520400"), Fixtures.PASSWORD);
        assertThat(expert.upload(IMPORT, "a.xlsx", workbook(List.of())).status())
                .isEqualTo(403);

        Browser subject = county(county);
        Response withoutFile = subject.post(IMPORT, Map.of());
        assertThat(withoutFile.status()).isEqualTo(400);
        assertThat(withoutFile.json().get("errors").get(0).get("field").asString())
                .isEqualTo("file");
        Response started =
                subject.upload(IMPORT, "a.xlsx", workbook(List.of(row(county, 2025, "GZ-03", 70, null, null))));
        assertThat(started.status()).isEqualTo(202);
        String jobId = started.json().get("jobId").asString();
        Browser other = county(county);
        assertThat(other.get("/api/indicator-excel/import/" + jobId).status()).isEqualTo(404);
    }

    static JsonNode valueOf(JsonNode year, String indicator) {
        for (JsonNode value : year.get("values")) {
            if (value.get("indicator").asString().equals(indicator)) {
                return value;
            }
        }
        throw new AssertionError("no value of " + indicator + " in " + year);
    }
}
