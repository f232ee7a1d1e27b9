package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.util.List;
import java.util.Map;
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
    void theExportWritesWhatTheListShowsWithItsFiltersAndIsAudited() {
        String countyUser = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser county = Browser.loggedIn(port, countyUser);
        String marker = "导出" + System.nanoTime();
        PlanPathIT.drafted(county, marker + " A");
        PlanPathIT.act(county, created(county, marker + " B", 2021, 2025), "submit", Map.of());
        String leagueUser = fixtures.user(Role.PREFECTURE_STAFF, LEAGUE);
        Browser league = Browser.loggedIn(port, leagueUser);

        ListExports.Exported exported =
                ListExports.download(league, "/api/plans/export?q=" + marker + "&state=IN_PROGRESS", "规划");
        assertThat(exported.header().get(0)).isEqualTo("规划名称");
        assertThat(exported.rows()).as("one plan under the header").hasSize(1);
        List<String> row = exported.rows().get(0);
        assertThat(row.get(0)).isEqualTo(marker + " B");
        assertThat(row.get(2)).isEqualTo(COUNTY);
        assertThat(row.get(3)).isEqualTo("察哈尔右翼后旗");
        assertThat(row.get(4)).isEqualTo("2021—2025");
        assertThat(row.get(6)).isEqualTo("审核中");
        assertThat(exported.about()).anySatisfy(line -> assertThat(line).startsWith("规划数：1"));
        assertThat(exported.about())
                .anySatisfy(line ->
                        assertThat(line).contains("筛选条件").contains(marker).contains("状态 审核中"));
        ListExports.audited(jdbc, leagueUser, "Plan:export", "q=" + marker, "state=IN_PROGRESS");

        Browser other = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150200"));
        assertThat(ListExports.download(other, "/api/plans/export?q=" + marker, "规划")
                        .rows())
                .as("another league's export holds no plan of 乌兰察布")
                .isEmpty();
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
