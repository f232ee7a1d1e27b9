package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The expert pool over HTTP: bad input is a 400 naming the field and changes nothing; an import with
 * one bad row reports every problem and saves nothing, a good one saves all and the export reads back;
 * the list searches and pages with a constant number of statements; a removal is recorded.
 */
@ApiTest
class ExpertPoolIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void badInputIsA400NamingTheFieldAndARemovalIsOnTheIntegrityRecord() {
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        long before = jdbc.queryForObject("select count(*) from review_expert", Long.class);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "字段专家");
        body.put("fields", List.of("生态"));
        body.put("organization", "内蒙古大学");
        body.put("orgRegionCode", "999999");
        Response bad = province.post("/api/review/experts", body);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("orgRegionCode");
        body.put("orgRegionCode", "150102");
        body.put(
                "employments",
                List.of(Map.of("employer", "某局", "regionCode", "150102", "kind", "BOSS", "from", "2020-01-01")));
        Response badKind = province.post("/api/review/experts", body);
        assertThat(badKind.status()).isEqualTo(400);
        assertThat(badKind.json().get("errors").get(0).get("field").asString()).isEqualTo("employments[0].kind");
        assertThat(jdbc.queryForObject("select count(*) from review_expert", Long.class))
                .isEqualTo(before);

        body.remove("employments");
        JsonNode created = ReviewTestSteps.ok(province.post("/api/review/experts", body), 201);
        long id = created.get("expert").get("id").asLong();
        Response noNote = province.post(
                "/api/review/experts/" + id + "/integrity", Map.of("kind", "REMOVAL", "occurredOn", "2026-11-01"));
        assertThat(noNote.status()).isEqualTo(400);
        JsonNode removed = ReviewTestSteps.ok(
                province.post(
                        "/api/review/experts/" + id + "/integrity",
                        Map.of("kind", "REMOVAL", "occurredOn", "2026-11-01", "note", "评审中泄露评分")),
                200);
        assertThat(removed.get("expert").get("removed").asBoolean()).isTrue();
        assertThat(removed.get("integrity").get(0).get("kind").asString()).isEqualTo("REMOVAL");
        Browser guizhou = new Browser(port);
        guizhou.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        assertThat(guizhou.get("/api/review/experts/" + id).status())
                .as("another province's pool")
                .isEqualTo(404);
    }

    @Test
    void aChangeNeedsTheCurrentVersionReplacesTheRelationsAndAnAccountLinksOneExpertOnly() {
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        String username = fixtures.user(Role.EXPERT, "150000");
        long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "变更专家");
        body.put("fields", List.of("生态"));
        body.put("organization", "内蒙古大学");
        body.put("orgRegionCode", "150102");
        body.put("userId", userId);
        body.put("ties", List.of(Map.of("regionCode", "150521", "note", "表兄在该旗任职")));
        JsonNode created = ReviewTestSteps.ok(province.post("/api/review/experts", body), 201);
        long id = created.get("expert").get("id").asLong();
        long version = created.get("expert").get("version").asLong();

        Map<String, Object> other = new HashMap<>(body);
        other.put("name", "另一专家");
        other.remove("ties");
        Response taken = province.post("/api/review/experts", other);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("userId");

        body.put("ties", List.of());
        body.put("plans", List.of(Map.of("regionCode", "150522", "part", "DRAFTED")));
        body.put("version", version + 1);
        assertThat(province.put("/api/review/experts/" + id, body).status()).isEqualTo(409);
        body.put("version", version);
        JsonNode changed = ReviewTestSteps.ok(province.put("/api/review/experts/" + id, body), 200);
        assertThat(changed.get("ties")).isEmpty();
        assertThat(changed.get("plans").get(0).get("regionCode").asString()).isEqualTo("150522");
        assertThat(changed.get("expert").get("userId").asLong()).isEqualTo(userId);
    }

    @Test
    void anImportWithABadRowSavesNothingAndReportsEveryProblemAGoodOneSavesAllAndTheExportReadsBack() throws Exception {
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "520000"), Fixtures.PASSWORD);
        String tag = "导入" + System.nanoTime();
        byte[] bad = workbook(List.of(
                List.of(tag + "甲", "生态、规划", "贵州大学", "520102", "教授", ""),
                List.of(tag + "乙", "", "贵州师范大学", "52010X", "", ""),
                List.of(tag + "丙", "水利", "", "520102", "", "")));
        Response refused = province.upload("/api/review/experts/import", "experts.xlsx", bad);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString())
                .contains("第3行.fields", "第3行.orgRegionCode", "第4行.organization");
        assertThat(province.get("/api/review/experts?q=" + tag)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        byte[] good = workbook(List.of(
                List.of(tag + "甲", "生态、规划", "贵州大学", "520102", "教授", "0851-1"),
                List.of(tag + "乙", "水利", "贵州师范大学", "520103", "", "")));
        JsonNode saved = ReviewTestSteps.ok(province.upload("/api/review/experts/import", "experts.xlsx", good), 200);
        assertThat(saved.get("saved").asInt()).isEqualTo(2);
        JsonNode list = ReviewTestSteps.ok(province.get("/api/review/experts?q=" + tag + "&field=规划"), 200);
        assertThat(list.get("totalElements").asLong()).isEqualTo(1);
        assertThat(list.get("content").get(0).get("fields").toString()).contains("生态", "规划");

        byte[] exported = province.download("/api/review/experts/export?q=" + tag);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("姓名");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(List.of(
                            sheet.getRow(1).getCell(0).getStringCellValue(),
                            sheet.getRow(2).getCell(0).getStringCellValue()))
                    .containsExactlyInAnyOrder(tag + "甲", tag + "乙");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).startsWith("5201");
        }
    }

    @Test
    void theListCostsTheSameStatementsAtTenAndAtAThousandExperts() {
        Browser province = new Browser(port);
        province.login(fixtures.user(Role.PROVINCE_STAFF, "150000"), Fixtures.PASSWORD);
        String tag = "计数" + System.nanoTime();
        insert(tag, 10);
        int ten = province.statements("/api/review/experts?size=5&q=" + tag);
        insert(tag, 990);
        int thousand = province.statements("/api/review/experts?size=5&q=" + tag);
        assertThat(thousand).isEqualTo(ten);
        assertThat(province.get("/api/review/experts?size=5&q=" + tag)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1000);
    }

    private void insert(String tag, int n) {
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {tag + "-" + System.nanoTime() + "-" + i});
        }
        jdbc.batchUpdate(
                "insert into review_expert (pool_region_code, pool_region_path, name, fields, organization,"
                        + " org_region_code, org_region_path, removed, created_at, updated_at, version)"
                        + " values ('150000', '/150000/', ?, '生态', '测试单位', '150102', '/150000/150100/150102/', false,"
                        + " current_timestamp, current_timestamp, 0)",
                rows);
    }

    private static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("专家库");
            Row head = sheet.createRow(0);
            List<String> headers = List.of("姓名", "专业领域", "工作单位", "单位所在地区代码", "职称", "联系方式");
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
