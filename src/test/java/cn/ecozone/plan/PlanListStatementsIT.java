package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The plan list and the plan inbox are paged and take the same number of SQL statements per request
 * at 10 plans as at 1,000 (issue 10). The plans are copies of one submitted plan, waiting at the
 * league's examination, in a county of 乌兰察布市 (150900); PlanListFiltersIT makes plans in another
 * of its counties (150928), so the counts are taken over those there before. The counted pages are
 * full at 10 as at 1,000 (a page that is not full spares the count statement).
 */
@ApiTest
class PlanListStatementsIT {

    private static final String LEAGUE = "150900";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListAndTheInboxTakeTheSameStatementsAtTenAndAtAThousandPlans() {
        String county = jdbc.queryForObject(
                "select min(code) from region where parent_code = ? and level = 'COUNTY'", String.class, LEAGUE);
        Browser subject = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, county));
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, LEAGUE));
        long listed =
                league.get("/api/plans?size=1").json().get("totalElements").asLong();
        long waiting = league.get("/api/plans/inbox?size=1")
                .json()
                .get("totalElements")
                .asLong();
        JsonNode template = PlanPathIT.act(subject, PlanPathIT.drafted(subject, "清单模板规划"), "submit", Map.of());

        copies(template, 9);
        JsonNode page = league.get("/api/plans?size=20").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(listed + 10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(item.get("currentStep").get("type").asString()).isEqualTo("EXAMINE");
        assertThat(item.get("subjectRegionName").asString()).isNotBlank();
        assertThat(item.has("timeline")).as("details come with the detail").isFalse();
        assertThat(league.get("/api/plans/inbox?size=20")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(waiting + 10);
        int listAtTen = league.statements("/api/plans?size=5");
        int inboxAtTen = league.statements("/api/plans/inbox?size=5");
        String filtered = "/api/plans?size=5&q=清单&state=IN_PROGRESS&year=2027&programme=ECO_CIVILIZATION_ZONE"
                + "&region=" + county + "&sort=-title";
        int filteredAtTen = league.statements(filtered);

        copies(template, 990);
        JsonNode full = league.get("/api/plans?size=20").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(listed + 1000);
        assertThat(full.get("content")).hasSize(20);
        JsonNode inbox = league.get("/api/plans/inbox?size=20").json();
        assertThat(inbox.get("totalElements").asLong()).isEqualTo(waiting + 1000);
        assertThat(inbox.get("content").findValuesAsString("title")).hasSize(20);
        // the list: the session check, the page and its count, the runs and their waiting tasks (the
        // regions' names come from the cached region tree); the inbox: the session check, the engine's
        // inbox page and count, then the plans
        assertThat(league.statements("/api/plans?size=5")).isEqualTo(listAtTen).isEqualTo(5);
        assertThat(league.statements("/api/plans/inbox?size=5"))
                .isEqualTo(inboxAtTen)
                .isEqualTo(6);
        // the filters and the order are conditions of the same two statements (issue 14 §6)
        assertThat(league.statements(filtered)).isEqualTo(filteredAtTen).isEqualTo(5);
        assertThat(league.get("/api/plans?size=20&q=清单模板")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
    }

    /** {@code n} copies of the plan, each with a copy of its run and of the run's open task. */
    private void copies(JsonNode template, int n) {
        long planId = template.get("id").asLong();
        long runId = template.get("run").get("id").asLong();
        String marker = "清单复制" + System.nanoTime() + " ";
        Clones.of(jdbc, "plan", planId, n, (i, row) -> {
            row.put("title", marker + i);
            row.put("run_id", null);
        });
        List<Long> plans =
                jdbc.queryForList("select id from plan where title like ? order by id", Long.class, marker + "%");
        Clones.of(jdbc, "procedure_run", runId, n, (i, row) -> {
            row.put("subject_id", plans.get(i));
            row.put("subject_title", marker + i);
        });
        List<Long> runs = jdbc.queryForList(
                "select id from procedure_run where subject_title like ? order by subject_id",
                Long.class,
                marker + "%");
        jdbc.batchUpdate(
                "update plan set run_id = ? where id = ?",
                java.util.stream.IntStream.range(0, n)
                        .mapToObj(i -> new Object[] {runs.get(i), plans.get(i)})
                        .toList());
        long task = jdbc.queryForObject(
                "select id from procedure_task where run_id = ? and state = 'OPEN'", Long.class, runId);
        Clones.of(jdbc, "procedure_task", task, n, (i, row) -> row.put("run_id", runs.get(i)));
    }
}
