package cn.ecozone.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.plan.PlanPathIT;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The candidate pool (储备库) through HTTP: creation, scope, filters, transitions, races, export, plan links. */
@ApiTest
class CandidacyIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    static Response create(Browser who, String region, String programme) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("programme", programme);
        body.put("note", "列入储备库");
        return who.post("/api/candidacies", body);
    }

    static JsonNode created(Browser who, String region, String programme) {
        Response r = create(who, region, programme);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    static Response take(Browser who, JsonNode c, String action, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("version", c.get("version").asLong());
        if (reason != null) {
            body.put("reason", reason);
        }
        return who.post("/api/candidacies/" + c.get("id").asLong() + "/transitions", body);
    }

    @Test
    void aNewCandidacyStartsInTheReserveAndASecondOpenOneOfTheSameSubjectIsAConflictUntilItIsWithdrawn() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode c = created(province, "152522", "ECO_CIVILIZATION_ZONE");
        assertThat(c.get("state").asString()).isEqualTo("RESERVE");
        assertThat(c.get("regulationCode").asString()).isEqualTo("IM-ECOCIV-2022");
        assertThat(c.get("regulationVersion").asInt()).isEqualTo(3);
        assertThat(c.get("subjectName").asString()).isEqualTo("阿巴嘎旗");
        assertThat(c.get("timeline")).hasSize(1);
        assertThat(c.get("allowedActions").toString())
                .contains("CULTIVATE", "WITHDRAW")
                .doesNotContain("TITLE");

        Response twice = create(province, "152522", "ECO_CIVILIZATION_ZONE");
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("阿巴嘎旗");
        // another programme is another candidacy
        assertThat(create(province, "152522", "TWO_MOUNTAINS_BASE").status()).isEqualTo(201);
        // who may be a subject is the regulation's: Guizhou's bases are counties' (art. 4), not a city's
        Browser guizhou = as(Role.PROVINCE_STAFF, "520000");
        Response city = create(guizhou, "520300", "TWO_MOUNTAINS_BASE");
        assertThat(city.status()).as(city.toString()).isEqualTo(400);
        assertThat(city.json().get("detail").asString()).contains("遵义市", "县级人民政府");

        Response noReason = take(province, c, "WITHDRAW", " ");
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().toString()).contains("reason");
        JsonNode withdrawn = take(province, c, "WITHDRAW", "旗政府申请暂缓创建").json();
        assertThat(withdrawn.get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("allowedActions")).isEmpty();
        JsonNode last = withdrawn.get("timeline").get(1);
        assertThat(last.get("action").asString()).isEqualTo("WITHDRAW");
        assertThat(last.get("fromState").asString()).isEqualTo("RESERVE");
        assertThat(last.get("reason").asString()).isEqualTo("旗政府申请暂缓创建");
        assertThat(last.get("actor").asString()).isNotBlank();
        assertThat(last.get("takenAt").asString()).isNotBlank();

        Response again = create(province, "152522", "ECO_CIVILIZATION_ZONE");
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        Response wrongState = take(province, again.json(), "TITLE", null);
        assertThat(wrongState.status()).isEqualTo(409);
        assertThat(wrongState.json().get("detail").asString()).contains("储备", "记录命名");
    }

    @Test
    void theListIsFilteredPagedAndKeptWithinEachUsersScope() {
        Browser province = as(Role.PROVINCE_STAFF, "520000");
        JsonNode honghuagang = created(province, "520302", "TWO_MOUNTAINS_BASE");
        JsonNode huichuan = created(province, "520303", "TWO_MOUNTAINS_BASE");
        created(province, "520322", "TWO_MOUNTAINS_BASE");
        JsonNode nanming = created(province, "520102", "TWO_MOUNTAINS_BASE");
        assertThat(take(province, huichuan, "CULTIVATE", null).status()).isEqualTo(200);

        Browser zunyi = as(Role.PREFECTURE_STAFF, "520300");
        JsonNode first = zunyi.get("/api/candidacies?size=2").json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(3);
        assertThat(first.get("content")).hasSize(2);
        assertThat(zunyi.get("/api/candidacies?size=2&page=1").json().get("content"))
                .hasSize(1);
        // a page number past the end of any list is an empty page, not a server error
        Response far = zunyi.get("/api/candidacies?size=500&page=2147483647");
        assertThat(far.status()).as(far.toString()).isEqualTo(200);
        assertThat(far.json().get("content")).isEmpty();
        assertThat(zunyi.get("/api/candidacies?state=CULTIVATING")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(zunyi.get("/api/candidacies?q=汇川")
                        .json()
                        .get("content")
                        .get(0)
                        .get("id")
                        .asLong())
                .isEqualTo(huichuan.get("id").asLong());
        assertThat(zunyi.get("/api/candidacies?programme=ECO_CIVILIZATION_ZONE")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(zunyi.get("/api/candidacies/" + nanming.get("id").asLong()).status())
                .isEqualTo(404);
        JsonNode counts = zunyi.get("/api/candidacies/counts").json();
        assertThat(counts.get("RESERVE").asLong()).isEqualTo(2);
        assertThat(counts.get("CULTIVATING").asLong()).isEqualTo(1);
        assertThat(counts.get("TITLED").asLong()).isZero();

        assertThat(province.get("/api/candidacies?region=520300")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(3);
        assertThat(province.get("/api/candidacies?region=520000&programme=TWO_MOUNTAINS_BASE")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isGreaterThanOrEqualTo(4);

        Browser county = as(Role.COUNTY_GOVERNMENT, "520302");
        JsonNode own = county.get("/api/candidacies").json();
        assertThat(own.get("totalElements").asLong()).isEqualTo(1);
        assertThat(own.get("content").get(0).get("allowedActions")).isEmpty();
        assertThat(county.get("/api/candidacies/" + huichuan.get("id").asLong()).status())
                .isEqualTo(404);
        assertThat(take(county, honghuagang, "CULTIVATE", null).status()).isEqualTo(403);
        assertThat(create(county, "520302", "TWO_MOUNTAINS_BASE").status()).isEqualTo(403);
        // a league's staff cannot reach beyond its league
        assertThat(create(zunyi, "520102", "TWO_MOUNTAINS_BASE").status()).isEqualTo(404);
    }

    @Test
    void twoKeepersMovingTheSameCandidacyAtOnceGetOneSuccessAndOneConflict() throws Exception {
        Browser province = as(Role.PROVINCE_STAFF, "520000");
        Browser zunyi = as(Role.PREFECTURE_STAFF, "520300");
        JsonNode c = created(province, "520323", "TWO_MOUNTAINS_BASE");

        var both = Together.run(() -> take(province, c, "CULTIVATE", null), () -> take(zunyi, c, "CULTIVATE", null));

        assertThat(List.of(both.first().status(), both.second().status())).containsExactlyInAnyOrder(200, 409);
        Response loser = both.first().status() == 409 ? both.first() : both.second();
        assertThat(loser.json().get("detail").asString()).isNotBlank();
        JsonNode now = province.get("/api/candidacies/" + c.get("id").asLong()).json();
        assertThat(now.get("state").asString()).isEqualTo("CULTIVATING");
        assertThat(now.get("timeline")).hasSize(2);
        assertThat(now.get("version").asLong()).isEqualTo(c.get("version").asLong() + 1);
    }

    @Test
    void theAdministratorsSeeNothingOfThePool() {
        for (Role admin : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            Browser b = as(admin, "150000");
            assertThat(b.get("/api/candidacies").status()).isEqualTo(403);
            assertThat(b.get("/api/candidacies/counts").status()).isEqualTo(403);
            assertThat(b.get("/api/candidacies/export").status()).isEqualTo(403);
            assertThat(create(b, "152531", "ECO_CIVILIZATION_ZONE").status()).isEqualTo(403);
        }
    }

    @Test
    void theExportOpensAsAWorkbookWithTheFilteredRows() throws Exception {
        Browser province = as(Role.PROVINCE_STAFF, "520000");
        created(province, "520324", "TWO_MOUNTAINS_BASE");
        Response r = province.get("/api/candidacies/export?region=520324");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        byte[] bytes = province.download("/api/candidacies/export?region=520324");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("创建储备库");
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("创建主体");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("正安县");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("储备");
        }
    }

    @Test
    void aSubmittedPlanOfTheSubjectLinksToItsCandidacyAndMovesItToPlanning() {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode c = created(province, "152523", "ECO_CIVILIZATION_ZONE");
        assertThat(take(province, c, "CULTIVATE", null).status()).isEqualTo(200);

        Browser county = as(Role.COUNTY_GOVERNMENT, "152523");
        JsonNode plan = PlanPathIT.drafted(county, "苏尼特左旗生态文明建设示范区规划（2026—2030年）");
        PlanPathIT.act(county, plan, "submit", Map.of());

        JsonNode now = province.get("/api/candidacies/" + c.get("id").asLong()).json();
        assertThat(now.get("state").asString()).isEqualTo("PLANNING");
        assertThat(now.get("links")).singleElement().satisfies(l -> {
            assertThat(l.get("kind").asString()).isEqualTo("PLAN");
            assertThat(l.get("recordId").asLong()).isEqualTo(plan.get("id").asLong());
        });
        JsonNode timeline = now.get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("action").asString()).isEqualTo("PLAN_STARTED");
        // the county reads its own candidacy, and the change is readable in the pool
        assertThat(county.get("/api/candidacies/" + c.get("id").asLong()).status())
                .isEqualTo(200);
    }

    @Test
    void aConstructionUnitIsASubjectOfItsOwnBesideItsCounty() {
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Response unit = as(Role.COUNTY_GOVERNMENT, "152524")
                .post(
                        "/api/construction-units",
                        Map.of("regionCode", "152524", "name", "赛汉塔拉镇生态牧场", "kind", "WATERSHED", "description", "试点"));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        long unitId = unit.json().get("id").asLong();
        created(league, "152524", "TWO_MOUNTAINS_BASE");

        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", "152524");
        body.put("unitId", unitId);
        body.put("programme", "TWO_MOUNTAINS_BASE");
        Response r = league.post("/api/candidacies", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("unitId").asLong()).isEqualTo(unitId);
        assertThat(r.json().get("subjectName").asString()).isEqualTo("苏尼特右旗 赛汉塔拉镇生态牧场");
        assertThat(league.post("/api/candidacies", body).status()).isEqualTo(409);

        body.put("regionCode", "152523");
        Response elsewhere = league.post("/api/candidacies", body);
        assertThat(elsewhere.status()).isEqualTo(400);
        assertThat(elsewhere.json().toString()).contains("unitId");
    }
}
