package cn.ecozone.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The work plan list is paged and takes the same number of SQL statements per request at 10 plans as
 * at 1,000 (issue 10): the items carry no tasks, projects or funds, which come with the plan. The
 * plans are copies (one per year) of a plan of a county of 乌兰察布市 (150900).
 */
@ApiTest
class WorkPlanListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandPlans() {
        String county = jdbc.queryForObject(
                "select max(code) from region where parent_code = '150900' and level = 'COUNTY'", String.class);
        Browser subject = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, county));
        Response created = subject.post("/api/work-plans", WorkPlanIT.plan("ECO_CIVILIZATION_ZONE", 2026, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long template = created.json().get("id").asLong();

        copies(template, 1, 9);
        JsonNode page = subject.get("/api/work-plans?size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("regionName").asString()).isNotBlank();
        assertThat(item.has("tasks")).as("the content comes with the plan").isFalse();
        int atTen = subject.statements("/api/work-plans?size=5");
        String filtered = "/api/work-plans?size=5&q=工作年度计划&programme=ECO_CIVILIZATION_ZONE&sort=-title";
        int filteredAtTen = subject.statements(filtered);

        copies(template, 10, 990);
        JsonNode full = subject.get("/api/work-plans?size=5&page=7").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the session check, the page and its count (the regions' names come from the cached tree)
        assertThat(subject.statements("/api/work-plans?size=5&page=7"))
                .isEqualTo(atTen)
                .isEqualTo(3);
        // search, filters and order are conditions of the same two statements (issue 14 §6)
        assertThat(subject.statements(filtered)).isEqualTo(filteredAtTen).isEqualTo(3);
    }

    /** {@code n} copies of the plan, for the years after 2100 from {@code from} on. */
    private void copies(long template, int from, int n) {
        Clones.of(jdbc, "work_plan", template, n, (i, row) -> row.put("plan_year", 2100 + from + i));
    }
}
