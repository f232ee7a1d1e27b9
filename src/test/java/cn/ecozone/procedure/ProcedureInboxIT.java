package cn.ecozone.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import tools.jackson.databind.JsonNode;

/**
 * The inbox: what waits for a user across every procedure, paged, in its data scope, over HTTP; and
 * one statement for the page and one for the count, at 10 runs as at 1,000. Runs sit in Qinghai
 * (630000), where no other test starts any.
 */
@ApiTest
class ProcedureInboxIT {

    @LocalServerPort
    int port;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    RegionManagement regions;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLeagueSeesTheSubmissionsOfItsCountiesPagedAndAnotherLeagueSeesNone() {
        Region county = regions.require("630102");
        String league = fixtures.user(Role.PREFECTURE_STAFF, "630100");
        String otherLeague = fixtures.user(Role.PREFECTURE_STAFF, "640100");
        Actor submitter = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            RunView run = procedures.start(Runs.subject(county), Runs.chain(), submitter);
            procedures.act(new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null), submitter);
            titles.add(jdbc.queryForObject(
                    "select subject_title from procedure_run where id = ?", String.class, run.id()));
        }

        Browser browser = Browser.loggedIn(port, league);
        Response first = browser.get("/api/procedures/inbox?subjectType=TEST&size=2");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        JsonNode page = first.json();
        assertThat(page.get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.get("content").size()).isEqualTo(2);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("stepCode").asString()).isEqualTo("EXAMINE");
        assertThat(item.get("due").isNull()).isFalse();
        assertThat(item.get("overdue").asBoolean()).isFalse();
        List<String> all = browser.get("/api/procedures/inbox?subjectType=TEST&size=100")
                .json()
                .get("content")
                .findValuesAsString("subjectTitle");
        assertThat(all).containsAll(titles);
        Response far = browser.get("/api/procedures/inbox?size=100&page=2147483647");
        assertThat(far.status()).as(far.toString()).isEqualTo(200);
        assertThat(far.json().get("content")).isEmpty();

        JsonNode foreign =
                Browser.loggedIn(port, otherLeague).get("/api/procedures/inbox").json();
        assertThat(foreign.get("content").findValuesAsString("subjectTitle")).doesNotContainAnyElementsOf(titles);
        long runId = first.json().get("content").get(0).get("runId").asLong();
        Response outside = Browser.loggedIn(port, otherLeague).get("/api/procedure-runs/" + runId);
        assertThat(outside.status()).isEqualTo(404);
        assertThat(outside.contentType()).startsWith("application/problem+json");
        assertThat(outside.code()).isEqualTo("run-not-found");
        assertThat(outside.json().get("detail").asString()).isEqualTo("未找到该办理程序");
        assertThat(browser.get("/api/procedure-runs/" + runId)
                        .json()
                        .get("currentStepCode")
                        .asString())
                .isEqualTo("EXAMINE");
    }

    @Test
    void theKeywordNarrowsTheInboxToTitlesContainingItAndWildcardsAreLiteral() {
        Region county = regions.require("630103");
        String league = fixtures.user(Role.PREFECTURE_STAFF, "630100");
        Actor submitter = Runs.actor(Role.COUNTY_GOVERNMENT, county, 1);
        RunView run = procedures.start(Runs.subject(county), Runs.chain(), submitter);
        procedures.act(new ProcedureCommand.Act(run.id(), run.version(), null, null, null, null, null), submitter);
        String title =
                jdbc.queryForObject("select subject_title from procedure_run where id = ?", String.class, run.id());
        String number = title.substring(title.lastIndexOf(' ') + 1);

        Browser browser = Browser.loggedIn(port, league);
        assertThat(browser.get("/api/procedures/inbox?size=100&q=" + number)
                        .json()
                        .get("content")
                        .findValuesAsString("subjectTitle"))
                .containsExactly(title);
        assertThat(browser.get("/api/procedures/inbox?size=100&q=%25")
                        .json()
                        .get("totalElements")
                        .asLong())
                .as("a %% is looked for as such")
                .isZero();
    }

    @Test
    void theInboxTakesTheSameStatementsAtTenAndAtAThousandRunsWithEveryFilterAndOrder() {
        Region league = regions.require("630200");
        Region county = regions.require(firstCountyOf("630200"));
        Actor staff = Runs.actor(Role.PREFECTURE_STAFF, league, 5);
        // every filter and a whitelisted order: conditions of the same two statements (issue 14 §6)
        InboxFilter filtered = new InboxFilter(
                "TEST",
                false,
                "批量测试",
                StepKind.EXAMINE,
                Programme.ECO_CIVILIZATION_ZONE,
                "IM-ECOCIV-2022",
                county.code(),
                InboxFilter.Due.NONE,
                "-title");
        insertWaitingRuns(county, 10);
        int atTen = statementsOf(staff, new InboxFilter("TEST", false), 10);
        int filteredAtTen = statementsOf(staff, filtered, 10);
        insertWaitingRuns(county, 990);
        AtomicReference<PageResult<InboxItem>> page = new AtomicReference<>();
        int atThousand = CountingStatements.during(
                () -> page.set(procedures.inbox(staff, new InboxFilter("TEST", false), 0, 5)));

        assertThat(page.get().totalElements()).isGreaterThanOrEqualTo(1000);
        assertThat(page.get().content()).hasSize(5);
        // one statement for the page, one for the count
        assertThat(atThousand).isEqualTo(atTen).isEqualTo(2);
        assertThat(statementsOf(staff, filtered, 1000)).isEqualTo(filteredAtTen).isEqualTo(2);
    }

    private int statementsOf(Actor staff, InboxFilter filter, int atLeast) {
        AtomicReference<PageResult<InboxItem>> page = new AtomicReference<>();
        int count = CountingStatements.during(() -> page.set(procedures.inbox(staff, filter, 0, 5)));
        assertThat(page.get().totalElements()).isGreaterThanOrEqualTo(atLeast);
        assertThat(page.get().content()).hasSize(5);
        return count;
    }

    /** Runs waiting at the league's examination, written directly: the façade is not what is measured. */
    private void insertWaitingRuns(Region county, int n) {
        var runs = new SimpleJdbcInsert(jdbc).withTableName("procedure_run").usingGeneratedKeyColumns("id");
        var tasks = new SimpleJdbcInsert(jdbc).withTableName("procedure_task").usingGeneratedKeyColumns("id");
        Timestamp now = Timestamp.from(Instant.now());
        String leagueCode = county.path().split("/")[2];
        for (int i = 0; i < n; i++) {
            Map<String, Object> run = new HashMap<>();
            run.put("subject_type", "TEST");
            run.put("subject_id", 1_000_000L + i);
            run.put("subject_region_code", county.code());
            run.put("subject_region_path", county.path());
            run.put("subject_title", "批量测试 " + i);
            run.put("subject_link", "/tests/0");
            run.put("definition_code", "IM-ECOCIV-2022/test");
            run.put("definition_version", 1);
            run.put("steps_json", "[]");
            run.put("state", "OPEN");
            run.put("current_step", 1);
            run.put("step_round", 2);
            run.put("initiator_user_id", 1L);
            run.put("started_at", now);
            run.put("version", 2L);
            long runId = runs.executeAndReturnKey(run).longValue();
            Map<String, Object> task = new HashMap<>();
            task.put("run_id", runId);
            task.put("step_index", 1);
            task.put("step_code", "EXAMINE");
            task.put("step_kind", "EXAMINE");
            task.put("step_round", 2);
            task.put("assignee_role", "PREFECTURE_STAFF");
            task.put("assignee_region_code", leagueCode);
            task.put("state", "OPEN");
            task.put("opened_at", now);
            task.put("version", 0L);
            tasks.execute(task);
        }
    }

    private String firstCountyOf(String prefecture) {
        return jdbc.queryForObject(
                "select min(code) from region where parent_code = ? and level = 'COUNTY'", String.class, prefecture);
    }
}
