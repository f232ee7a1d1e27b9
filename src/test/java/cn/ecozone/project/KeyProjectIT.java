package cn.ecozone.project;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The key project library (Xilingol art. 3): updated at any time, with history, through HTTP. */
@ApiTest
class KeyProjectIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    static Map<String, Object> project(String name) {
        Map<String, Object> p = new HashMap<>();
        p.put("programme", "TWO_MOUNTAINS_AREA");
        p.put("name", name);
        p.put("content", "建设智慧牧场 3 处，配套冷链仓储");
        p.put("investor", "锡林浩特市农牧业投资有限公司");
        p.put("investment", 1200);
        p.put("expectedBenefits", "带动 200 户牧民增收");
        p.put("transformationMode", "生态产业化");
        p.put("status", "PLANNED");
        p.put("startYear", 2026);
        p.put("endYear", 2028);
        return p;
    }

    /** Creates a project of the county's library and returns it. */
    static JsonNode created(Browser county, String name) {
        Response r = county.post("/api/key-projects", project(name));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static Response update(Browser who, JsonNode p, Map<String, Object> changes) {
        Map<String, Object> body = project(p.get("name").asString());
        body.put("investment", p.get("investment").decimalValue());
        body.put("status", p.get("status").asString());
        body.putAll(changes);
        body.put("version", p.get("version").asLong());
        return who.put("/api/key-projects/" + p.get("id").asLong(), body);
    }

    @Test
    void aProjectUpdatedTwiceShowsBothChangesInItsHistoryAndAStaleVersionIsAConflict() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode p = created(county, "锡林浩特市智慧牧场项目");
        assertThat(p.get("mayEdit").asBoolean()).isTrue();
        assertThat(p.get("history").isEmpty()).isTrue();

        Response first = update(county, p, Map.of("investment", 1500, "reason", "追加冷链投资"));
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Response second = update(county, first.json(), Map.of("status", "UNDER_CONSTRUCTION"));
        assertThat(second.status()).as(second.toString()).isEqualTo(200);

        JsonNode history =
                county.get("/api/key-projects/" + p.get("id").asLong()).json().get("history");
        assertThat(history).hasSize(2);
        // newest first
        assertThat(history.get(0).get("field").asString()).isEqualTo("status");
        assertThat(history.get(0).get("oldValue").asString()).isEqualTo("PLANNED");
        assertThat(history.get(0).get("newValue").asString()).isEqualTo("UNDER_CONSTRUCTION");
        assertThat(history.get(1).get("field").asString()).isEqualTo("investment");
        assertThat(history.get(1).get("oldValue").asString()).isEqualTo("1200");
        assertThat(history.get(1).get("newValue").asString()).isEqualTo("1500");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("追加冷链投资");
        assertThat(history.get(1).get("changedBy").asString()).isNotBlank();

        // the first answer's version is stale now
        Response stale = update(county, first.json(), Map.of("status", "COMPLETED"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(county.get("/api/key-projects/" + p.get("id").asLong())
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("UNDER_CONSTRUCTION");
    }

    @Test
    void otherRegionsDoNotSeeAProjectAndOnlyItsSubjectChangesIt() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode p = created(county, "锡林浩特市草原生态修复项目");
        long id = p.get("id").asLong();

        assertThat(as(Role.COUNTY_GOVERNMENT, "152501")
                        .get("/api/key-projects/" + id)
                        .status())
                .isEqualTo(404);
        Browser neighbour = as(Role.COUNTY_GOVERNMENT, "152501");
        assertThat(update(neighbour, p, Map.of("investment", 1)).status()).isEqualTo(404);
        assertThat(neighbour
                        .get("/api/key-projects?q=草原生态修复")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        Browser office = as(Role.COMMITTEE_OFFICE, "152500");
        JsonNode seen = office.get("/api/key-projects/" + id).json();
        assertThat(seen.get("mayEdit").asBoolean()).isFalse();
        assertThat(update(office, p, Map.of("investment", 1)).status()).isEqualTo(403);
        JsonNode listed = office.get("/api/key-projects?region=152502&status=PLANNED&year=2027&q=草原生态修复")
                .json();
        assertThat(listed.get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Map<String, Object> negative = project("负投资项目");
        negative.put("investment", -1);
        Response r = county.post("/api/key-projects", negative);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().toString()).contains("investment");

        Map<String, Object> backwards = project("倒序年份项目");
        backwards.put("startYear", 2028);
        backwards.put("endYear", 2026);
        assertThat(county.post("/api/key-projects", backwards).status()).isEqualTo(400);

        Map<String, Object> elsewhere = project("贵州项目");
        elsewhere.put("programme", "TWO_MOUNTAINS_AREA");
        assertThat(as(Role.COUNTY_GOVERNMENT, "520102")
                        .post("/api/key-projects", elsewhere)
                        .status())
                .isEqualTo(400);
        assertThat(county.get("/api/key-projects?q=负投资项目")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    @Test
    void theLibraryIsExportedAsAWorkbookWithChineseHeaders() throws Exception {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        created(county, "锡林浩特市光伏治沙项目");
        byte[] bytes = county.download("/api/key-projects/export?region=152502&q=光伏治沙");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("重点项目库");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("项目名称");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("转化模式");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("锡林浩特市光伏治沙项目");
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("谋划");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
    }
}
