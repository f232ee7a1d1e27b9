package cn.ecozone.region;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Region attributes (terrain, grassland, coastal) imported from Excel for many regions at once
 * (issue 14 §8): all errors at once and nothing saved on any, audited with the reason, province
 * staff only, within their scope. Writes 牙克石市 (150782) and 杭锦后旗 (150826) only.
 */
@ApiTest
class RegionAttributeImportIT {

    private static final String IMPORT = "/api/region-attributes/import";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Browser province;
    private String username;

    @BeforeEach
    void logIn() {
        province = new Browser(port);
        username = fixtures.user(Role.PROVINCE_STAFF, "150000");
        province.login(username, Fixtures.PASSWORD);
    }

    @Test
    void manyRegionsTakeTheirTerrainGrasslandAndCoastalFlagsEachAuditedWithTheReason() {
        byte[] book = workbook(List.of("150782", "牙克石市", "山区", "是", "否"), List.of("150826", "杭锦后旗", "干旱半干旱", "是", ""));

        Response done = province.upload(IMPORT + "?reason=" + encode("依据2025年地形普查结果"), "地区属性表.xlsx", book);

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("rows").asInt()).isEqualTo(2);
        JsonNode yakeshi = province.get("/api/regions/150782").json();
        assertThat(yakeshi.get("terrain").asString()).isEqualTo("MOUNTAIN");
        assertThat(yakeshi.get("grassland").asBoolean()).isTrue();
        assertThat(yakeshi.get("coastal").asBoolean()).isFalse();
        JsonNode hangjin = province.get("/api/regions/150826").json();
        assertThat(hangjin.get("terrain").asString()).isEqualTo("ARID_SEMI_ARID");
        assertThat(hangjin.get("coastal").isNull()).isTrue();
        List<String> reasons = jdbc.queryForList(
                "select reason from audit_record where username = ? and target in (?, ?)",
                String.class,
                username,
                "Region:150782",
                "Region:150826");
        assertThat(reasons).hasSize(2).containsOnly("依据2025年地形普查结果");

        // the same workbook again changes nothing and records nothing
        Response again = province.upload(IMPORT + "?reason=" + encode("重复导入"), "地区属性表.xlsx", book);
        assertThat(again.json().get("changed").asInt()).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where username = ? and reason = ?",
                        Integer.class,
                        username,
                        "重复导入"))
                .isZero();
    }

    @Test
    void everyErrorIsListedAtOnceAndNothingIsSaved() {
        long before = province.get("/api/regions/150782").json().get("version").asLong();
        byte[] book = workbook(
                List.of("150782", "牙克石市", "平原", "否", "否"),
                List.of("150826", "杭锦后旗", "高原", "是", "否"),
                List.of("15082", "", "平原", "否", "否"),
                List.of("150826", "杭锦后旗", "平原", "也许", "否"),
                List.of("159999", "", "平原", "否", "否"));

        Response refused = province.upload(IMPORT + "?reason=" + encode("普查"), "地区属性表.xlsx", book);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("rows[3].terrain", "rows[4].code", "rows[5].code", "rows[5].grassland");
        assertThat(refused.body()).contains("高原", "也许");
        assertThat(province.get("/api/regions/150782").json().get("version").asLong())
                .isEqualTo(before);
    }

    @Test
    void anUnknownRegionIsListedWithTheOthersAndNothingIsSaved() {
        long before = province.get("/api/regions/150826").json().get("version").asLong();
        byte[] book = workbook(List.of("150826", "", "平原", "否", "否"), List.of("159999", "", "平原", "否", "否"));

        Response refused = province.upload(IMPORT + "?reason=" + encode("普查"), "地区属性表.xlsx", book);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("159999");
        assertThat(province.get("/api/regions/150826").json().get("version").asLong())
                .isEqualTo(before);
    }

    @Test
    void anotherProvincesRegionIsRefusedAndNothingIsSaved() {
        Browser guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        long before = province.get("/api/regions/150782").json().get("version").asLong();

        Response refused = guizhou.upload(
                IMPORT + "?reason=" + encode("普查"), "x.xlsx", workbook(List.of("150782", "", "平原", "否", "否")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("150782");
        assertThat(province.get("/api/regions/150782").json().get("version").asLong())
                .isEqualTo(before);
    }

    @Test
    void withoutAReasonNothingIsImported() {
        Response refused = province.upload(IMPORT, "x.xlsx", workbook(List.of("150782", "", "平原", "否", "否")));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedBesideTheFileAs415WhateverItsNameAndNothingIsSaved() {
        long before = province.get("/api/regions/150782").json().get("version").asLong();

        Response refused = province.upload(
                IMPORT + "?reason=" + encode("普查"),
                "地区属性表.xlsx",
                "行政区划代码,地形\n150782,平原\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains(".xlsx");
        assertThat(province.get("/api/regions/150782").json().get("version").asLong())
                .isEqualTo(before);
    }

    @Test
    void anEmptyFilePartIsRefusedAs400NamingTheFile() {
        Response refused = province.upload(IMPORT + "?reason=" + encode("普查"), "地区属性表.xlsx", new byte[0]);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
    }

    @Test
    void theReasonMayComeAsAFormFieldBeforeTheFileAsThePageSendsIt() {
        // a terrain other than the current one, so that the region changes and is audited
        String now = province.get("/api/regions/150826").json().get("terrain").asString();
        byte[] book = workbook(List.of("150826", "杭锦后旗", now.equals("MOUNTAIN") ? "平原" : "山区", "是", ""));
        String boundary = "----ecozone" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\n"
                        + "依据地形普查表单" + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(book);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Response done = province.uploadBody(IMPORT, boundary, body.toByteArray());

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and target = ?",
                        String.class,
                        username,
                        "Region:150826"))
                .contains("依据地形普查表单");
    }

    @Test
    void onlyProvinceStaffImport() {
        Browser county = new Browser(port);
        county.login(fixtures.user(Role.COUNTY_GOVERNMENT, "150782"), Fixtures.PASSWORD);

        Response refused = county.upload(
                IMPORT + "?reason=" + encode("普查"), "x.xlsx", workbook(List.of("150782", "", "平原", "否", "否")));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(county.get("/api/region-attributes/template").status()).isEqualTo(403);
    }

    @Test
    void theTemplateListsTheLeaguesAndCountiesWithTheirCurrentAttributes() throws IOException {
        byte[] bytes = province.download("/api/region-attributes/template");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheet("地区属性");
            DataFormatter format = new DataFormatter();
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(format.formatCellValue(c)));
            assertThat(header).containsExactly("行政区划代码", "行政区划名称", "地形", "草原地区", "沿海地区");
            Map<String, String> terrains = new java.util.HashMap<>();
            for (Row row : sheet) {
                terrains.put(format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(2)));
            }
            assertThat(terrains).containsKeys("150700", "150782", "150800", "150826");
            assertThat(terrains.get("150700")).isNotBlank();
            assertThat(book.getSheet("说明")).isNotNull();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static byte[] workbook(List<String>... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("地区属性");
            List<String> header = List.of("行政区划代码", "行政区划名称", "地形", "草原地区", "沿海地区");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                head.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
