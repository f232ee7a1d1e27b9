package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.internal.Users;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Users and organizations in Excel (issue 14 §6): the exports follow the lists' filters and hold no
 * password; an import of users reports every wrong cell at once by row and column and then saves
 * nothing; a correct one creates the accounts, which must change the initial password at first login.
 */
@ApiTest
class AccountWorkbookIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    Users users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Browser admin() {
        return Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
    }

    private long organization(Browser admin, String name) {
        Response created =
                admin.post("/api/organizations", Map.of("name", name, "kind", "GOVERNMENT", "regionCode", "152531"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static byte[] workbook(List<String> headers, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("用户");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int i = 0; i < rows.get(r).size(); i++) {
                    row.createCell(i).setCellValue(rows.get(r).get(i));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The import request: the initial password as a field before the file part. */
    private static Response importUsers(Browser browser, String initialPassword, byte[] file) {
        String boundary = "----ecozone" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"initialPassword\"\r\n\r\n"
                        + initialPassword + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"users.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return browser.uploadBody("/api/users/import", boundary, body.toByteArray());
    }

    private static final List<String> HEADERS = List.of("用户名", "姓名", "角色", "所属机构", "机构所在地区代码");

    @Test
    void anImportWithWrongCellsNamesEachByRowAndColumnAndSavesNothing() throws IOException {
        String token = "wi" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = admin();
        String org = token + "人民政府";
        organization(admin, org);
        String taken = fixtures.user(Role.COUNTY_GOVERNMENT, "152531");
        byte[] file = workbook(
                HEADERS,
                List.of(
                        List.of(token + ".ok", "正确行", "COUNTY_GOVERNMENT", org, "152531"),
                        List.of(taken, "重名", "县级人民政府", org, "152531"),
                        List.of(token + ".b", "角色错", "局长", org, "152531"),
                        List.of(token + ".c", "机构错", "COUNTY_GOVERNMENT", "不存在的机构", "152531"),
                        List.of(token + ".d", "管理员", "AUDIT_ADMIN", org, "152531")));

        Response refused = importUsers(admin, "Initial#2026", file);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("第3行.用户名", "第4行.角色", "第5行.所属机构", "第6行.角色");
        assertThat(users.findByUsername(token + ".ok")).isEmpty();
    }

    @Test
    void aCorrectImportCreatesAccountsThatMustChangeTheInitialPasswordAndTheExportHoldsNoPassword() throws IOException {
        String token = "wc" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = admin();
        String org = token + "人民政府";
        long orgId = organization(admin, org);
        byte[] file = workbook(
                HEADERS,
                List.of(
                        List.of(token + ".a", "甲", "COUNTY_GOVERNMENT", org, "152531"),
                        List.of(token + ".b", "乙", "其他建设主体", org, "152531")));

        Response weak = importUsers(admin, "weak", file);
        assertThat(weak.status()).isEqualTo(400);
        assertThat(users.findByUsername(token + ".a")).isEmpty();

        Response saved = importUsers(admin, "Initial#2026", file);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("saved").asInt()).isEqualTo(2);
        JsonNode me = new Browser(port).login(token + ".a", "Initial#2026").json();
        assertThat(me.get("mustChangePassword").asBoolean()).isTrue();

        byte[] exported = admin.download("/api/users/export?organization=" + orgId);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("用户名");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(token + ".a");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(org);
            List<String> texts = new ArrayList<>();
            wb.forEach(s -> s.forEach(r -> r.forEach(c -> texts.add(c.toString()))));
            assertThat(texts).noneMatch(t -> t.contains("Initial#2026") || t.startsWith("$2"));
        }
        // personal data in bulk: the export is in the audit log with its filters (review s15 #2)
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where target = 'User:export' and reason like ?",
                        String.class,
                        "%organization=" + orgId))
                .hasSize(1);

        byte[] organizations = admin.download("/api/organizations/export?region=152531&q=" + token);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(organizations))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(org);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("人民政府");
        }
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where target = 'Organization:export' and reason like ?",
                        String.class,
                        "q=" + token + "%"))
                .hasSize(1);
    }

    @Test
    void theSecurityAdminExportsButDoesNotImport() throws IOException {
        Browser security = Browser.loggedIn(port, fixtures.user(Role.SECURITY_ADMIN, "150000"));
        byte[] file = workbook(HEADERS, List.of(List.of("sec.x", "x", "EXPERT", "x", "152531")));
        assertThat(importUsers(security, "Initial#2026", file).status()).isEqualTo(403);
        assertThat(security.get("/api/users/export").status()).isEqualTo(200);
    }

    @Test
    void anOrganizationImportNamesEveryWrongCellAndSavesNothingThenCreatesParentsBeforeTheirChildren()
            throws IOException {
        String token = "wo" + UUID.randomUUID().toString().substring(0, 6);
        Browser admin = admin();
        List<String> headers = List.of("机构名称", "机构类型", "所在地区代码", "上级机构", "上级机构所在地区代码");
        String bureau = token + "生态环境局";
        String office = token + "办公室";
        byte[] wrong = workbook(
                headers,
                List.of(
                        List.of(bureau, "生态环境局", "152531", "", ""),
                        List.of(token + "厅", "DEPARTMENT", "152531", "", ""),
                        List.of(token + "局", "不存在的类型", "159999", "", ""),
                        List.of(office, "BUREAU", "152531", "无此上级", "152531")));
        Response refused = admin.upload("/api/organizations/import", "orgs.xlsx", wrong);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("第3行.机构类型", "第4行.机构类型", "第4行.所在地区代码", "第5行.上级机构");
        assertThat(admin.get("/api/organizations?q=" + token)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        byte[] right = workbook(
                headers,
                List.of(
                        List.of(bureau, "生态环境局", "152531", "", ""),
                        List.of(office, "BUREAU", "152531", bureau, "152531")));
        Response saved = admin.upload("/api/organizations/import", "orgs.xlsx", right);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().get("saved").asInt()).isEqualTo(2);
        JsonNode page = admin.get("/api/organizations?q=" + office).json();
        assertThat(page.get("content").get(0).get("parentName").asString()).isEqualTo(bureau);
    }
}
