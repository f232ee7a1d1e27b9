package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
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
 * The plan list's search, filters and order (issue 14 §6) and its export with the same filters (§5),
 * over HTTP. Two plans of 察哈尔右翼后旗 (150928): one draft for 2026–2030, one submitted for
 * 2021–2025, seen by the county and by 乌兰察布市 (150900).
 */
@ApiTest
class PlanListFiltersIT {

    private static final String COUNTY = "150928";
    private static final String LEAGUE = "150900";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFiltersByStateYearRegionProgrammeAndNameAndSortsByAWhitelistedKey() {
        String countyUser = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser county = Browser.loggedIn(port, countyUser);
        String marker = "筛选" + System.nanoTime();
        PlanPathIT.drafted(county, marker + " A");
        JsonNode older = created(county, marker + " B", 2021, 2025);
        PlanPathIT.act(county, older, "submit", Map.of());
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));

        assertThat(titles(county, "q=" + marker + "&state=DRAFT")).containsExactly(marker + " A");
        assertThat(titles(league, "q=" + marker + "&state=IN_PROGRESS")).containsExactly(marker + " B");
        assertThat(titles(league, "q=" + marker + "&year=2022")).containsExactly(marker + " B");
        assertThat(titles(league, "q=" + marker + "&year=2030")).containsExactly(marker + " A");
        assertThat(titles(league, "q=" + marker + "&region=" + COUNTY)).hasSize(2);
        assertThat(titles(league, "q=" + marker + "&programme=ECO_CIVILIZATION_ZONE"))
                .hasSize(2);
        assertThat(titles(league, "q=" + marker + "&programme=TWO_MOUNTAINS_BASE"))
                .isEmpty();
        assertThat(titles(league, "q=" + marker + "&sort=title")).containsExactly(marker + " A", marker + " B");
        assertThat(titles(league, "q=" + marker + "&sort=-title")).containsExactly(marker + " B", marker + " A");
        assertThat(titles(league, "q=" + marker + "&sort=-period")).containsExactly(marker + " A", marker + " B");
        assertThat(titles(league, "q=察哈尔右翼后旗&size=100"))
                .as("the search finds the subject region's name too")
                .contains(marker + " A", marker + " B");
    }

    @Test
    void anUnknownSortKeyOrStateIsRefusedNamingTheParameter() {
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));
        Response sort = league.get("/api/plans?sort=title;drop%20table%20plan");
        assertThat(sort.status()).isEqualTo(400);
        assertThat(sort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        Response export = league.get("/api/plans/export?sort=subject_region_path");
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(league.get("/api/plans?state=NOPE").status()).isEqualTo(400);
    }

    @Test
    void theExportWritesWhatTheListShowsWithItsFiltersAndIsAudited() throws Exception {
        String countyUser = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser county = Browser.loggedIn(port, countyUser);
        String marker = "导出" + System.nanoTime();
        PlanPathIT.drafted(county, marker + " A");
        PlanPathIT.act(county, created(county, marker + " B", 2021, 2025), "submit", Map.of());
        String leagueUser = fixtures.user(Role.PREFECTURE_STAFF, LEAGUE);
        Browser league = Browser.loggedIn(port, leagueUser);

        byte[] xlsx = league.download("/api/plans/export?q=" + marker + "&state=IN_PROGRESS");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet plans = workbook.getSheet("规划");
            assertThat(plans.getRow(0).getCell(0).getStringCellValue()).isEqualTo("规划名称");
            assertThat(plans.getLastRowNum()).as("one plan under the header").isEqualTo(1);
            Row row = plans.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(marker + " B");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(COUNTY);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("察哈尔右翼后旗");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("2021—2025");
            assertThat(row.getCell(6).getStringCellValue()).isEqualTo("审核中");
            List<String> about = new ArrayList<>();
            workbook.getSheet("说明").forEach(r -> about.add(r.getCell(0).getStringCellValue()));
            assertThat(about).anySatisfy(line -> assertThat(line).startsWith("规划数：1"));
            assertThat(about)
                    .anySatisfy(line ->
                            assertThat(line).contains("筛选条件").contains(marker).contains("状态 审核中"));
        }
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and target = 'Plan:export'",
                        String.class,
                        leagueUser))
                .singleElement()
                .asString()
                .contains("q=" + marker)
                .contains("state=IN_PROGRESS");

        Browser other = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150200"));
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(other.download("/api/plans/export?q=" + marker)))) {
            assertThat(workbook.getSheet("规划").getLastRowNum())
                    .as("another league's export holds no plan of 乌兰察布")
                    .isZero();
        }
    }

    private static JsonNode created(Browser subject, String title, int start, int end) {
        Response created = subject.post(
                "/api/plans",
                Map.of("regulation", PlanPathIT.IM_ECOCIV, "title", title, "periodStart", start, "periodEnd", end));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        Response attached = subject.upload(
                "/api/plans/" + plan.get("id").asLong() + "/document?version="
                        + plan.get("version").asLong(),
                "规划.pdf",
                PlanPathIT.PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        return attached.json();
    }

    private static List<String> titles(Browser who, String query) {
        Response r = who.get("/api/plans?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("content").findValuesAsString("title");
    }
}
