package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The edition editor: drafts of a province department, their checks, publishing, and the edition workbook. */
@ApiTest
class EditionEditorIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser guizhou;

    @BeforeEach
    void logIn() {
        guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
    }

    private static String newCode() {
        return "T-ED-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000;
    }

    static Map<String, Object> header(String code) {
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("code", code);
        h.put("version", 1);
        h.put("titleZh", "测试指标体系");
        h.put("levels", List.of("COUNTY"));
        h.put("firstYear", 2024);
        h.put("lastYear", 2026);
        h.put("scoreMethod", "SHARE_MET");
        return h;
    }

    static Map<String, Object> indicator(String code, Map<String, Object> target) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("code", code);
        i.put("groupPath", "目标一 / 生态环境质量");
        i.put("nameZh", "森林覆盖率");
        i.put("unit", "%");
        i.put("valueType", "PERCENTAGE");
        i.put("binding", "BINDING");
        i.put("targetTextZh", "≥60");
        i.put("target", target);
        return i;
    }

    private JsonNode create(String code) {
        Response created = guizhou.post("/api/indicator-drafts", Map.of("header", header(code)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private Response put(String code, Map<String, Object> indicator, long version) {
        return guizhou.put(
                "/api/indicator-drafts/" + code + "/indicators/" + indicator.get("code"),
                Map.of("indicator", indicator, "version", version));
    }

    @Test
    void aDraftIsCompletedPublishedAndThenOpenForValuesButFrozen() {
        String code = newCode();
        JsonNode draft = create(code);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("mayEdit").asBoolean()).isTrue();
        assertThat(draft.get("ownerRegionCode").asString()).isEqualTo("520000");

        JsonNode withOne = put(
                        code,
                        indicator("F-01", Map.of("kind", "AT_LEAST", "value", 60)),
                        draft.get("version").asLong())
                .json();
        assertThat(withOne.get("indicators")).hasSize(1);

        // values cannot be entered for a draft: the catalogue only serves published editions
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520329"), Fixtures.PASSWORD);
        String valuePath = "/api/indicator-values/" + code + "/520329/2025/F-01";
        assertThat(county.put(valuePath, Map.of("value", 65.0)).status()).isEqualTo(404);

        Response published = guizhou.post(
                "/api/indicator-drafts/" + code + "/publish",
                Map.of("version", withOne.get("version").asLong()));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.json().get("mayEdit").asBoolean()).isFalse();

        assertThat(county.put(valuePath, Map.of("value", 65.0)).status()).isEqualTo(200);
        JsonNode card = county.get("/api/evaluations?edition=" + code + "&region=520329&year=2025")
                .json();
        assertThat(card.get("rows").get(0).get("status").asString()).isEqualTo("MET");

        Response change = put(
                code,
                indicator("F-01", Map.of("kind", "AT_LEAST", "value", 70)),
                published.json().get("version").asLong());
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.json().get("detail").asString()).contains("已发布");
    }

    @Test
    void everyProblemOfAnIndicatorIsReportedAtOnceAndNothingIsStored() {
        String code = newCode();
        JsonNode draft = create(code);
        Map<String, Object> bad = indicator("F-02", Map.of("kind", "AT_LEAST_ISH", "value", 60));
        bad.put("nameZh", " ");
        bad.put("valueType", "GRADE");
        bad.put("weight", 2.0);

        Response refused = put(code, bad, draft.get("version").asLong());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("nameZh", "weight", "grades", "target");
        assertThat(refused.json().get("detail").asString()).contains("4 处错误");
        assertThat(guizhou.get("/api/indicator-editions/" + code + "/definition")
                        .json()
                        .get("indicators"))
                .isEmpty();
    }

    @Test
    void aStaleEditorGetsAConflictAndTheFirstChangeStands() {
        String code = newCode();
        long version = create(code).get("version").asLong();
        assertThat(put(code, indicator("F-01", Map.of("kind", "AT_LEAST", "value", 60)), version)
                        .status())
                .isEqualTo(200);

        Response stale = put(code, indicator("F-02", Map.of("kind", "AT_MOST", "value", 10)), version);

        assertThat(stale.status()).isEqualTo(409);
        JsonNode held =
                guizhou.get("/api/indicator-editions/" + code + "/definition").json();
        assertThat(held.get("indicators").findValuesAsString("code")).containsExactly("F-01");
    }

    @Test
    void draftsBelongToTheOwningProvinceDepartment() {
        String code = newCode();
        create(code);

        Browser innerMongolia = new Browser(port);
        innerMongolia.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        assertThat(innerMongolia
                        .get("/api/indicator-editions/" + code + "/definition")
                        .status())
                .isEqualTo(404);
        assertThat(innerMongolia.get("/api/indicator-drafts").json().findValuesAsString("status"))
                .doesNotContain("DRAFT");
        assertThat(innerMongolia
                        .post("/api/indicator-drafts/" + code + "/publish", Map.of("version", 0))
                        .status())
                .isEqualTo(404);

        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "520329"), Fixtures.PASSWORD);
        assertThat(county.get("/api/indicator-drafts").status()).isEqualTo(403);
        assertThat(county.get("/api/indicator-editions").json().findValuesAsString("code"))
                .doesNotContain(code);
    }

    @Test
    void aPartialEditionIsCopiedIntoADraftToBeCompleted() {
        String code = newCode();
        Map<String, Object> h = header(code);
        h.put("levels", List.of("PREFECTURE"));
        h.put("firstYear", 2024);
        h.put("lastYear", 2035);
        Response copy = guizhou.post("/api/indicator-drafts", Map.of("header", h, "copyFrom", "ECOCIV-CITY-2024"));

        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        JsonNode source = guizhou.get("/api/indicator-editions/ECOCIV-CITY-2024/definition")
                .json();
        assertThat(copy.json().get("indicators").findValuesAsString("code"))
                .isNotEmpty()
                .isEqualTo(source.get("indicators").findValuesAsString("code"));
        assertThat(guizhou.post("/api/indicator-drafts", Map.of("header", h)).status())
                .isEqualTo(409);
    }

    @Test
    void aCopyKeepsTheEnvironmentalQualityMarksAndOnlyAnExplicitValueChangesOne() {
        String code = newCode();
        Map<String, Object> h = header(code);
        h.put("levels", List.of("COUNTY", "TOWNSHIP"));
        h.put("province", "520000");
        h.put("firstYear", 2020);
        h.put("lastYear", 2035);
        Response copy = guizhou.post("/api/indicator-drafts", Map.of("header", h, "copyFrom", "GZ-2SZS-2021"));
        assertThat(copy.status()).as(copy.toString()).isEqualTo(201);
        assertThat(mark(copy.json(), "GZ-01")).isTrue();
        assertThat(mark(copy.json(), "GZ-06")).isTrue();
        assertThat(mark(copy.json(), "GZ-07")).isFalse();

        // the editor page sends no mark: the stored one stays
        Map<String, Object> edited = indicator("GZ-01", Map.of("kind", "AT_LEAST", "value", 60));
        JsonNode kept = put(code, edited, copy.json().get("version").asLong()).json();
        assertThat(mark(kept, "GZ-01")).isTrue();

        edited.put("environmentalQuality", false);
        JsonNode cleared = put(code, edited, kept.get("version").asLong()).json();
        assertThat(mark(cleared, "GZ-01")).isFalse();
    }

    private static boolean mark(JsonNode edition, String indicator) {
        for (JsonNode i : edition.get("indicators")) {
            if (i.get("code").asString().equals(indicator)) {
                return i.get("environmentalQuality").asBoolean();
            }
        }
        throw new AssertionError("no indicator " + indicator);
    }

    @Test
    void theGuizhouIndexRoundTripsThroughItsWorkbookIntoAnEqualDraftOfItsProvince() throws IOException {
        JsonNode source =
                guizhou.get("/api/indicator-editions/GZ-2SZS-2021/definition").json();
        JsonNode copy = roundTrip("GZ-2SZS-2021");

        assertThat(copy.get("indicators")).hasSize(20);
        assertThat(copy.get("indicators")).isEqualTo(source.get("indicators"));
        assertThat(copy.get("header").get("titleZh"))
                .isEqualTo(source.get("header").get("titleZh"));
        assertThat(copy.get("header").get("province").asString()).isEqualTo("520000");
        assertThat(copy.get("header").get("levels"))
                .isEqualTo(source.get("header").get("levels"));
    }

    @Test
    void statedRangesSurviveTheWorkbookAndANationalEditionStaysNational() throws IOException {
        JsonNode source = guizhou.get("/api/indicator-editions/ECOCIV-CITY-2024/definition")
                .json();
        JsonNode copy = roundTrip("ECOCIV-CITY-2024");

        assertThat(copy.get("indicators")).isEqualTo(source.get("indicators"));
        JsonNode eqi = indicatorOf(copy, "C24-07-1");
        assertThat(eqi.get("rangeMin").asDouble()).isEqualTo(0);
        assertThat(eqi.get("rangeMax").asDouble()).isEqualTo(100);
        assertThat(copy.get("header").get("province").isNull()).isTrue();
    }

    @Test
    void aWorkbookWithoutTheProvinceItemAndRangeColumnsImportsAsNationalWithDerivedRanges() throws IOException {
        String code = newCode();
        Response created = guizhou.post("/api/indicator-drafts", Map.of("header", withProvince(header(code))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Map<String, Object> ranged = indicator("R-01", Map.of("kind", "AT_LEAST", "value", 60));
        ranged.put("rangeMin", 10.0);
        ranged.put("rangeMax", 90.0);
        assertThat(put(code, ranged, created.json().get("version").asLong()).status())
                .isEqualTo(200);
        byte[] workbook = guizhou.download("/api/indicator-editions/" + code + "/workbook");
        String older = newCode();
        byte[] withoutNewCells = edit(
                workbook,
                indicators -> {
                    removeColumn(indicators, "取值上限");
                    removeColumn(indicators, "取值下限");
                },
                headerSheet -> {
                    setItem(headerSheet, "版本编号", older);
                    headerSheet.removeRow(headerSheet.getRow(itemRow(headerSheet, "适用省份")));
                });

        Response imported = guizhou.upload("/api/indicator-drafts/import", "旧版.xlsx", withoutNewCells);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        assertThat(imported.json().get("header").get("province").isNull()).isTrue();
        JsonNode indicator = indicatorOf(imported.json(), "R-01");
        assertThat(indicator.get("rangeMin").isNull()).isTrue();
        assertThat(indicator.get("rangeMax").isNull()).isTrue();
    }

    /** Downloads the edition's workbook, renames the code, imports it as a draft and returns the draft. */
    private JsonNode roundTrip(String edition) throws IOException {
        byte[] workbook = guizhou.download("/api/indicator-editions/" + edition + "/workbook");
        String code = newCode();
        byte[] renamed = edit(workbook, sheet -> {}, headerSheet -> setItem(headerSheet, "版本编号", code));

        Response imported = guizhou.upload("/api/indicator-drafts/import", edition + ".xlsx", renamed);

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        return imported.json();
    }

    private static Map<String, Object> withProvince(Map<String, Object> header) {
        header.put("province", "520000");
        return header;
    }

    private static JsonNode indicatorOf(JsonNode edition, String code) {
        for (JsonNode i : edition.get("indicators")) {
            if (code.equals(i.get("code").asString())) {
                return i;
            }
        }
        throw new AssertionError("no indicator " + code);
    }

    @Test
    void aWorkbookWithErrorsListsEachWithSheetRowAndColumnAndCreatesNothing() throws IOException {
        byte[] template = guizhou.download("/api/indicator-drafts/template");
        String code = newCode();
        byte[] filled = edit(
                template,
                indicators -> {
                    row(
                            indicators,
                            1,
                            Map.of(
                                    0,
                                    "A-01",
                                    2,
                                    "目标",
                                    3,
                                    "空气质量",
                                    6,
                                    "数字",
                                    7,
                                    "约束性",
                                    13,
                                    "≥90",
                                    14,
                                    "AT_LEAST",
                                    15,
                                    "九十"));
                    row(
                            indicators,
                            2,
                            Map.of(0, "A-02", 2, "目标", 3, "水质", 6, "百分比", 7, "参考性", 13, "≥80", 14, "AT_BEST"));
                    row(
                            indicators,
                            3,
                            Map.of(
                                    0,
                                    "A-03",
                                    2,
                                    "目标",
                                    3,
                                    "土壤",
                                    6,
                                    "数值",
                                    7,
                                    "参考性",
                                    13,
                                    "≥1",
                                    14,
                                    "AT_LEAST",
                                    15,
                                    "1",
                                    20,
                                    "5",
                                    21,
                                    "2"));
                    row(
                            indicators,
                            4,
                            Map.of(
                                    0, "A-04", 2, "目标", 3, "噪声", 6, "数值", 7, "参考性", 13, "≤55", 14, "AT_MOST", 15, "55",
                                    20, "零"));
                },
                header -> {
                    setItem(header, "版本编号", code);
                    setItem(header, "名称", "有错的版本");
                    setItem(header, "适用层级", "县级");
                    setItem(header, "起始年度", "2024");
                    setItem(header, "截止年度", "2020");
                    setItem(header, "计分方法", "达标率");
                    setItem(header, "适用省份", "150000");
                });

        Response refused = guizhou.upload("/api/indicator-drafts/import", "有错.xlsx", filled);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> messages = refused.json().get("errors").findValuesAsString("message");
        assertThat(messages)
                .anyMatch(m -> m.contains("「指标」第 2 行「值类型」"))
                .anyMatch(m -> m.contains("「指标」第 2 行「目标值」") && m.contains("数字"))
                .anyMatch(m -> m.contains("「指标」第 3 行「目标类型」") && m.contains("AT_BEST"))
                .anyMatch(m -> m.contains("「版本信息」") && m.contains("截止年度"))
                .anyMatch(m -> m.contains("「版本信息」第 13 行「适用省份」") && m.contains("150000"))
                .anyMatch(m -> m.contains("「指标」第 4 行「取值上限」") && m.contains("下限不大于上限"))
                .anyMatch(m -> m.contains("「指标」第 5 行「取值下限」") && m.contains("数字"));
        assertThat(guizhou.get("/api/indicator-editions/" + code + "/definition")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedByItsContent() {
        Response refused =
                guizhou.upload("/api/indicator-drafts/import", "editions.xlsx", "code,title\nX,Y\n".getBytes());
        assertThat(refused.status()).isEqualTo(415);
    }

    private static byte[] edit(
            byte[] workbook, java.util.function.Consumer<Sheet> indicators, java.util.function.Consumer<Sheet> header)
            throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            indicators.accept(book.getSheet("指标"));
            header.accept(book.getSheet("版本信息"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void setItem(Sheet sheet, String label, String value) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                row.createCell(1).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no item " + label);
    }

    private static int itemRow(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no item " + label);
    }

    /** Blanks a column and its header, as in a workbook written before the column existed. */
    private static void removeColumn(Sheet sheet, String label) {
        Row head = sheet.getRow(0);
        int column = -1;
        for (int c = 0; c < head.getLastCellNum(); c++) {
            if (head.getCell(c) != null && label.equals(head.getCell(c).getStringCellValue())) {
                column = c;
            }
        }
        assertThat(column).as(label).isNotNegative();
        for (Row row : sheet) {
            if (row.getCell(column) != null) {
                row.removeCell(row.getCell(column));
            }
        }
    }

    private static void row(Sheet sheet, int index, Map<Integer, String> cells) {
        Row row = sheet.createRow(index);
        List<Integer> columns = new ArrayList<>(cells.keySet());
        for (int c : columns) {
            row.createCell(c).setCellValue(cells.get(c));
        }
    }
}
