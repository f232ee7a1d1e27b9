package cn.ecozone.indicator;

import static cn.ecozone.indicator.ExcelImportIT.importAndWait;
import static cn.ecozone.indicator.ExcelImportIT.valueOf;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The value template (download, fill, upload) and the export of values with their evaluation. */
@ApiTest
class ExcelTemplateIT {

    static final String EDITION = IndicatorEvaluationIT.GUIZHOU;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser as(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    @Test
    void theTemplateRoundTrips() {
        String county = "520423"; // 镇宁布依族苗族自治县
        Browser browser = as(Role.COUNTY_GOVERNMENT, county);
        assertThat(browser.put(
                                "/api/indicator-values/" + EDITION + "/" + county + "/2024/GZ-01",
                                Map.of("value", 88.0, "source", "环境质量公报"))
                        .status())
                .isEqualTo(200);

        String path = "/api/indicator-excel/template?edition=" + EDITION + "&regions=" + county + "&years=2024,2025";
        XSSFWorkbook template = ExcelTestWorkbooks.open(browser.download(path));
        XSSFSheet sheet = template.getSheet("指标数值");
        assertThat(sheet).isNotNull();
        List<List<String>> rows = ExcelTestWorkbooks.texts(sheet);
        assertThat(rows.getFirst()).startsWith(ExcelTestWorkbooks.HEADERS.toArray(String[]::new));
        // 20 indicators, GZ-09 in two parts: 21 rows per year
        assertThat(rows).hasSize(1 + 2 * 21);
        List<String> gz01 = find(rows, county, "2024", "GZ-01");
        assertThat(gz01.get(4)).isEqualTo("环境空气质量优良天数比例");
        assertThat(gz01.get(5)).isEqualTo("%");
        assertThat(gz01.get(6)).isEqualTo("超过当年度全省平均水平");
        assertThat(gz01.get(7)).isEqualTo("88");
        assertThat(gz01.get(9)).isEqualTo("环境质量公报");
        assertThat(find(rows, county, "2025", "GZ-09:redline_area")).isNotNull();
        assertThat(sheet.getDataValidations()).hasSize(2);
        assertThat(template.getSheet("填写说明")).isNotNull();

        Map<String, Integer> columns = ExcelTestWorkbooks.columns(sheet);
        fill(sheet, columns, county, "2025", "GZ-02", "数值", 100.0);
        fill(sheet, columns, county, "2025", "GZ-16", "是/否", "是");
        fill(sheet, columns, county, "2025", "GZ-09:redline_area", "数值", 5.0);
        fill(sheet, columns, county, "2025", "GZ-09:protected_area_area", "数值", 7.5);

        JsonNode done = importAndWait(browser, ExcelTestWorkbooks.bytes(template));
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.get("saved").asInt()).isEqualTo(3);
        assertThat(done.get("unchanged").asInt()).isEqualTo(1);

        JsonNode y2025 = browser.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2025")
                .json();
        assertThat(valueOf(y2025, "GZ-02").get("value").asDouble()).isEqualTo(100);
        assertThat(valueOf(y2025, "GZ-16").get("flag").asBoolean()).isTrue();
        assertThat(valueOf(y2025, "GZ-09")
                        .get("parts")
                        .get("protected_area_area")
                        .asDouble())
                .isEqualTo(7.5);
    }

    @Test
    void theTemplateIsOnlyForRegionsInScopeAndYearsOfTheEdition() {
        Browser browser = as(Role.COUNTY_GOVERNMENT, "520423");
        Response outside =
                browser.get("/api/indicator-excel/template?edition=" + EDITION + "&regions=520402&years=2024");
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        Response year = browser.get("/api/indicator-excel/template?edition=" + EDITION + "&regions=520423&years=2019");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.json().get("errors").get(0).get("field").asString()).isEqualTo("years");

        Browser prefecture = as(Role.PREFECTURE_STAFF, "520400");
        XSSFWorkbook several = ExcelTestWorkbooks.open(prefecture.download(
                "/api/indicator-excel/template?edition=" + EDITION + "&regions=520402,520403&years=2024"));
        assertThat(several.getSheet("指标数值").getLastRowNum()).isEqualTo(2 * 21);
    }

    @Test
    void theExportHoldsValuesWithTheirEvaluation() {
        String county = "520423";
        Browser browser = as(Role.COUNTY_GOVERNMENT, county);
        browser.put(
                "/api/indicator-values/" + EDITION + "/" + county + "/2022/GZ-02",
                Map.of("value", 100.0, "source", "监测站"));
        Browser bureau = as(Role.PREFECTURE_STAFF, "520400");
        XSSFWorkbook export = ExcelTestWorkbooks.open(bureau.download(
                "/api/indicator-excel/export?edition=" + EDITION + "&region=" + county + "&years=2022"));
        List<List<String>> rows = ExcelTestWorkbooks.texts(export.getSheet("数值与评价"));
        assertThat(rows.getFirst()).contains("评价结果", "适用目标", "评价说明", "填报状态");
        List<String> gz02 =
                rows.stream().filter(r -> r.get(3).equals("GZ-02")).findFirst().orElseThrow();
        Map<String, Integer> columns = new java.util.HashMap<>();
        for (int i = 0; i < rows.getFirst().size(); i++) {
            columns.put(rows.getFirst().get(i), i);
        }
        assertThat(gz02.get(columns.get("数值"))).isEqualTo("100");
        assertThat(gz02.get(columns.get("评价结果"))).isEqualTo("达标");
        assertThat(gz02.get(columns.get("数据来源"))).isEqualTo("监测站");
        assertThat(gz02.get(columns.get("填报状态"))).isEqualTo("填报中");
        assertThat(ExcelTestWorkbooks.texts(export.getSheet("汇总"))).hasSize(2);

        Response outside = as(Role.COUNTY_GOVERNMENT, "520402")
                .get("/api/indicator-excel/export?edition=" + EDITION + "&region=" + county + "&years=2022");
        assertThat(outside.status()).isEqualTo(404);
    }

    private static List<String> find(List<List<String>> rows, String region, String year, String code) {
        return rows.stream()
                .filter(r -> r.get(0).equals(region)
                        && r.get(2).equals(year)
                        && r.get(3).equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + region + "/" + year + "/" + code));
    }

    private static void fill(
            XSSFSheet sheet,
            Map<String, Integer> columns,
            String region,
            String year,
            String code,
            String column,
            Object value) {
        List<Row> matching = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0
                    && region.equals(row.getCell(columns.get("行政区划代码")).getStringCellValue())
                    && year.equals(
                            String.valueOf((int) row.getCell(columns.get("年度")).getNumericCellValue()))
                    && code.equals(row.getCell(columns.get("指标编号")).getStringCellValue())) {
                matching.add(row);
            }
        }
        assertThat(matching).hasSize(1);
        var cell = matching.getFirst().getCell(columns.get(column));
        if (value instanceof Double d) {
            cell.setCellValue(d);
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
