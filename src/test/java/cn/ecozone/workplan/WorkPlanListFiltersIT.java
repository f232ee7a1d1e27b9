package cn.ecozone.workplan;

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

/**
 * The work plan list's search and order (issue 14 §6) and its export with the same filters (§5), over
 * HTTP: two plans (2025 and 2026) of 察哈尔右翼后旗 (150928).
 */
@ApiTest
class WorkPlanListFiltersIT {

    private static final String COUNTY = "150928";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListSearchesTitleAndRegionNameSortsByAWhitelistedKeyAndTheExportWritesTheSame() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser county = Browser.loggedIn(port, user);
        String marker = "计划筛选" + System.nanoTime();
        created(county, marker, 2025);
        created(county, marker, 2026);

        assertThat(titles(county, "q=" + marker + "&sort=year")).containsExactly(marker + " 2025", marker + " 2026");
        assertThat(titles(county, "q=" + marker + "&sort=-year")).containsExactly(marker + " 2026", marker + " 2025");
        assertThat(titles(county, "q=" + marker + "&year=2025")).containsExactly(marker + " 2025");
        assertThat(titles(county, "q=" + marker + "&state=FILED")).isEmpty();
        assertThat(titles(county, "q=察哈尔右翼后旗&size=100"))
                .as("the search finds the region's name too")
                .contains(marker + " 2025", marker + " 2026");
        Response bad = county.get("/api/work-plans?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported exported =
                ListExports.download(county, "/api/work-plans/export?q=" + marker + "&year=2026", "年度工作计划");
        assertThat(exported.rows()).hasSize(1);
        List<String> row = exported.rows().get(0);
        assertThat(row.get(0)).isEqualTo("2026");
        assertThat(row.get(2)).isEqualTo("察哈尔右翼后旗");
        assertThat(row.get(4)).isEqualTo(marker + " 2026");
        assertThat(row.get(6)).isEqualTo("草稿");
        assertThat(exported.about())
                .anySatisfy(line -> assertThat(line).contains(marker).contains("年度 2026"));
        ListExports.audited(jdbc, user, "WorkPlan:export", "year=2026");
    }

    private static void created(Browser county, String marker, int year) {
        Map<String, Object> body = WorkPlanIT.plan("ECO_CIVILIZATION_ZONE", year, null);
        body.put("title", marker + " " + year);
        Response r = county.post("/api/work-plans", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private static List<String> titles(Browser who, String query) {
        Response r = who.get("/api/work-plans?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().get("content").findValuesAsString("title");
    }
}
