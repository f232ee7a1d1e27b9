package cn.ecozone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Excel import and export of the registers: all errors at once and nothing saved, or every row saved. */
@ApiTest
class RegisterImportIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Clock clock;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }

    /** The template's header row, then the rows given. */
    static byte[] workbook(Browser who, String kind, List<List<String>> rows) throws IOException {
        byte[] template = who.download("/api/registers/template?kind=" + kind);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = wb.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (rows.get(r).get(c) != null) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    long count(Browser who, String kind, String marker) {
        return who.get("/api/registers?kind=" + kind + "&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json()
                .get("totalElements")
                .asLong();
    }

    @Test
    void aWorkbookWithErrorsInSeveralRowsSavesNothingAndListsEveryErrorWithRowAndColumn() throws IOException {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        String marker = "导入错误" + System.nanoTime();
        String day = today().minusDays(5).toString();
        // 行政区划代码*, 受理渠道*, 受理日期*, 应办结日期*, 办结日期, 反映事项*, 来源文件文号*, 来源文件日期*, 来源文件发文机关*
        byte[] file = workbook(
                province,
                "PETITION",
                List.of(
                        List.of("152502", "12369举报", day, day, "", marker + " 好", "锡〔2025〕1号", day, "锡林郭勒盟"),
                        List.of("152502", "电话", "昨天", day, "", marker + " 坏", "锡〔2025〕2号", day, "锡林郭勒盟"),
                        List.of("999999", "信访", day, day, "", "", "锡〔2025〕3号", day, "锡林郭勒盟")));

        Response r = province.upload("/api/registers/import?kind=PETITION", "信访.xlsx", file);

        assertThat(r.status()).as(r.toString()).isEqualTo(422);
        assertThat(r.json().get("code").asString()).isEqualTo("import-invalid");
        List<String> messages = r.json()
                .get("errors")
                .valueStream()
                .map(e -> e.get("message").asString())
                .toList();
        assertThat(messages)
                .contains(
                        "第 3 行“受理渠道”：“电话”不是可选值，可选：信访、12369举报",
                        "第 3 行“受理日期”：“昨天”不是有效日期，请填写如 2025-03-01",
                        "第 4 行“行政区划代码”：行政区划代码：未找到区划代码 999999",
                        "第 4 行“反映事项”：请填写反映事项")
                .hasSize(4);
        assertThat(count(province, "PETITION", marker)).isZero();
    }

    @Test
    void aGoodWorkbookSavesEveryRowAndTheExportReadsBack() throws IOException {
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "152500"));
        String marker = "导入成功" + System.nanoTime();
        String day = today().minusDays(20).toString();
        String planned = today().plusDays(40).toString();
        byte[] file = workbook(
                league,
                "INSPECTION_FINDING",
                List.of(
                        List.of(
                                "152502",
                                "中央生态环境保护督察",
                                day,
                                "是",
                                planned + " 关停违规砂场\n" + planned + " 补植复绿",
                                "",
                                marker + " 一",
                                "督察〔2025〕1号",
                                day,
                                "中央督察组"),
                        List.of(
                                "152522",
                                "PROVINCIAL_SPECIAL",
                                day,
                                "否",
                                "",
                                "",
                                marker + " 二",
                                "督察〔2025〕2号",
                                day,
                                "自治区督察办")));

        Response r = league.upload("/api/registers/import?kind=INSPECTION_FINDING", "督察.xlsx", file);

        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().get("saved").asInt()).isEqualTo(2);
        JsonNode page = league.get(
                        "/api/registers?kind=INSPECTION_FINDING&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8))
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(2);
        assertThat(page.get("content").valueStream().map(n -> n.get("state").asString()))
                .containsOnly("PENDING");
        long first = page.get("content")
                .valueStream()
                .filter(n -> n.get("summary").asString().endsWith("一"))
                .findFirst()
                .orElseThrow()
                .get("id")
                .asLong();
        assertThat(league.get("/api/registers/" + first).json().get("tasks")).hasSize(2);

        byte[] export = league.download(
                "/api/registers/export?kind=INSPECTION_FINDING&q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行政区划代码");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            String text = text(sheet.getRow(1), 4) + text(sheet.getRow(2), 4);
            assertThat(text).contains("关停违规砂场", "补植复绿");
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : row.getCell(column).getStringCellValue();
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedWhateverItsName() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        Response r = province.upload(
                "/api/registers/import?kind=INCIDENT",
                "事件.xlsx",
                "行政区划代码,事件类别\n152502,突发环境事件\n".getBytes(StandardCharsets.UTF_8));
        assertThat(r.status()).as(r.toString()).isEqualTo(415);
        assertThat(r.json().get("detail").asString()).contains("不是 Excel 工作簿");
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "152502"));
        assertThat(county.upload("/api/registers/import?kind=INCIDENT", "a.xlsx", new byte[] {1})
                        .status())
                .isEqualTo(403);
    }
}
