package cn.ecozone.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Annual work plans through HTTP: a Xilingol county files its annual “两山” plan with the league's
 * committee office (Xilingol art. 3), which returns it with a reason and then acknowledges it; an
 * eco-civ annual work plan has no receiver in the rules (IM eco-civ art. 7) and is kept on filing.
 * Each test uses years of its own: all ITs share one database.
 */
@ApiTest
class WorkPlanIT {

    static final byte[] PDF = cn.ecozone.support.TestFiles.PDF;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    static Map<String, Object> plan(String programme, int year, Object keyProjectId) {
        Map<String, Object> p = new HashMap<>();
        p.put("programme", programme);
        p.put("year", year);
        p.put("title", "锡林浩特市" + year + "年“两山”转化工作年度计划");
        p.put("summary", "年度目标：完成草原生态修复 5 万亩");
        p.put(
                "tasks",
                List.of(
                        Map.of(
                                "task",
                                "编制草原生态修复实施方案",
                                "responsibleUnit",
                                "市林草局",
                                "quarter",
                                1,
                                "status",
                                "NOT_STARTED"),
                        Map.of("task", "建成智慧牧场示范点", "responsibleUnit", "市农牧局", "dueOn", year + "-10-31")));
        Map<String, Object> library = new HashMap<>();
        library.put("keyProjectId", keyProjectId);
        library.put("plannedInvestment", 800);
        p.put("projects", keyProjectId == null ? List.of(Map.of("name", "牧民合作社培训")) : List.of(library));
        p.put(
                "funds",
                List.of(
                        Map.of("item", "草原生态修复", "amount", 1200.5, "source", "中央财政资金"),
                        Map.of("item", "智慧牧场", "amount", 300, "source", "社会资本")));
        return p;
    }

    static JsonNode act(Browser who, JsonNode plan, String action, Map<String, Object> fields, int status) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", plan.get("version").asLong());
        Response r = who.post("/api/work-plans/" + plan.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(status);
        return r.json();
    }

    /** The allowed actions of the plan's run as "ACTION STEP". */
    static List<String> actions(JsonNode plan) {
        return plan.get("procedure")
                .get("allowedActions")
                .valueStream()
                .map(a -> a.get("action").asString() + " " + a.get("stepCode").asString())
                .toList();
    }

    static JsonNode attached(Browser subject, JsonNode plan) {
        Response r = subject.upload(
                "/api/work-plans/" + plan.get("id").asLong() + "/document?version="
                        + plan.get("version").asLong(),
                "年度计划.pdf",
                PDF);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static long keyProject(Browser county, String name) {
        Response r = county.post(
                "/api/key-projects",
                Map.of("programme", "TWO_MOUNTAINS_AREA", "name", name, "status", "PLANNED", "investment", 2000));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    @Test
    void aXilingolCountyFilesItsAnnualPlanAndTheCommitteeOfficeReturnsItThenAcknowledgesTheRefiling() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Browser office = as(Role.COMMITTEE_OFFICE, "152500");
        long project = keyProject(county, "锡林浩特市生态牧场项目");

        Response created = county.post("/api/work-plans", plan("TWO_MOUNTAINS_AREA", 2026, project));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(plan.get("state").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("regulationCode").asString()).isEqualTo("XL-TWOMTN");
        assertThat(plan.get("receiverBody").asString()).isEqualTo("COMMITTEE_OFFICE");
        assertThat(plan.get("receiverRole").asString()).isEqualTo("COMMITTEE_OFFICE");
        assertThat(plan.get("receiverRegionCode").asString()).isEqualTo("152500");
        assertThat(plan.get("article").asString()).isEqualTo("第3条");
        assertThat(plan.get("tasks")).hasSize(2);
        assertThat(plan.get("projects").get(0).get("name").asString()).isEqualTo("锡林浩特市生态牧场项目");
        assertThat(plan.get("fundTotal").decimalValue()).isEqualByComparingTo("1500.5");
        assertThat(actions(plan)).containsExactly("ACT FILE");
        assertThat(plan.get("procedure").get("definitionCode").asString()).isEqualTo("XL-TWOMTN/annual-plan/COUNTY");

        // the county cannot file its draft by calling acknowledge (no receipt step is open to it)
        act(county, plan, "acknowledge", Map.of(), 403);
        assertThat(county.get("/api/work-plans/" + plan.get("id").asLong())
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("DRAFT");

        // filing needs the document; nothing changes without it
        act(county, plan, "file", Map.of(), 422);
        plan = attached(county, plan);
        plan = act(county, plan, "file", Map.of(), 200);
        assertThat(plan.get("state").asString()).isEqualTo("FILED");

        JsonNode atOffice =
                office.get("/api/work-plans/" + plan.get("id").asLong()).json();
        assertThat(actions(atOffice)).containsExactly("ACT RECEIVE_FILING", "RETURN RECEIVE_FILING");
        assertThat(atOffice.get("filedAt").isNull()).isFalse();
        assertThat(office.get("/api/work-plans?region=152502&year=2026&programme=TWO_MOUNTAINS_AREA")
                        .json()
                        .findValuesAsString("title"))
                .containsExactly(plan.get("title").asString());

        // the county cannot acknowledge its own filing; a return needs a reason
        act(county, atOffice, "acknowledge", Map.of(), 403);
        act(office, atOffice, "return", Map.of("reason", " "), 400);
        JsonNode returned = act(office, atOffice, "return", Map.of("reason", "资金来源未落实"), 200);
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asString()).isEqualTo("资金来源未落实");

        plan = county.get("/api/work-plans/" + plan.get("id").asLong()).json();
        assertThat(actions(plan)).containsExactly("ACT FILE");
        Map<String, Object> revised = plan("TWO_MOUNTAINS_AREA", 2026, project);
        revised.put("funds", List.of(Map.of("item", "草原生态修复", "amount", 1200.5, "source", "盟级财政资金")));
        revised.put("version", plan.get("version").asLong());
        Response edited = county.put("/api/work-plans/" + plan.get("id").asLong(), revised);
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        plan = act(county, edited.json(), "file", Map.of(), 200);

        JsonNode received = act(office, plan, "acknowledge", Map.of(), 200);
        assertThat(received.get("state").asString()).isEqualTo("RECEIVED");
        assertThat(received.get("receivedAt").isNull()).isFalse();
        assertThat(actions(received)).isEmpty();
        assertThat(received.get("procedure")
                        .get("timeline")
                        .valueStream()
                        .map(e -> e.get("action").asString() + " "
                                + e.get("stepCode").asString())
                        .toList())
                .containsExactly("ACT FILE", "RETURN RECEIVE_FILING", "ACT FILE", "ACT RECEIVE_FILING");
        // each filing keeps the document it filed
        assertThat(received.get("procedure")
                        .get("timeline")
                        .get(0)
                        .get("documentIds")
                        .get(0)
                        .asLong())
                .isEqualTo(received.get("documentId").asLong());
        // received: the county cannot change it any more
        revised.put("version", received.get("version").asLong());
        assertThat(county.put("/api/work-plans/" + plan.get("id").asLong(), revised)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void aSecondPlanForTheSameYearIsAConflictAndOtherRegionsDoNotSeeIt() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Response first = county.post("/api/work-plans", plan("TWO_MOUNTAINS_AREA", 2027, null));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode plan = first.json();

        Response duplicate = county.post("/api/work-plans", plan("TWO_MOUNTAINS_AREA", 2027, null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("conflict");

        long id = plan.get("id").asLong();
        assertThat(as(Role.COUNTY_GOVERNMENT, "152501")
                        .get("/api/work-plans/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(as(Role.COMMITTEE_OFFICE, "150100")
                        .get("/api/work-plans/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(as(Role.COUNTY_GOVERNMENT, "152501")
                        .get("/api/work-plans?year=2027")
                        .json()
                        .findValuesAsString("title"))
                .doesNotContain(plan.get("title").asString());
        act(as(Role.COUNTY_GOVERNMENT, "152501"), plan, "file", Map.of(), 404);

        // a stale version is a conflict, and the office of another league may not act either
        plan = attached(county, plan);
        act(county, first.json(), "file", Map.of(), 409);
        plan = act(county, plan, "file", Map.of(), 200);
        act(as(Role.PREFECTURE_STAFF, "152500"), plan, "acknowledge", Map.of(), 403);

        // the subject withdraws before the office acts
        assertThat(actions(plan)).containsExactly("WITHDRAW FILE");
        plan = act(county, plan, "withdraw", Map.of(), 200);
        assertThat(plan.get("state").asString()).isEqualTo("DRAFT");
        assertThat(actions(plan)).containsExactly("ACT FILE");
        // withdrawn, it is the subject's again: the office has nothing to acknowledge
        act(as(Role.COMMITTEE_OFFICE, "152500"), plan, "acknowledge", Map.of(), 403);
    }

    @Test
    void anEcoCivAnnualWorkPlanHasNoReceiverInTheRulesAndIsKeptOnFiling() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Response created = county.post("/api/work-plans", plan("ECO_CIVILIZATION_ZONE", 2026, null));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        assertThat(plan.get("regulationCode").asString()).isEqualTo("IM-ECOCIV-2022");
        assertThat(plan.get("receiverBody").isNull()).isTrue();
        assertThat(plan.get("article").asString()).isEqualTo("第七条");

        plan = act(county, attached(county, plan), "file", Map.of(), 200);
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        JsonNode seen = league.get("/api/work-plans/" + plan.get("id").asLong()).json();
        assertThat(actions(seen)).isEmpty();
        assertThat(seen.get("procedure").get("state").asString()).isEqualTo("FINISHED");
        act(league, seen, "acknowledge", Map.of(), 403);
        // kept on record: the county can change it no more
        act(county, plan, "file", Map.of(), 409);
    }

    @Test
    void aKeyProjectListedInAnAnnualPlanCannotBeDeletedButAnUnlistedOneCan() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        long listed = keyProject(county, "锡林浩特市列入计划项目");
        long unlisted = keyProject(county, "锡林浩特市未列入项目");
        assertThat(county.post("/api/work-plans", plan("TWO_MOUNTAINS_AREA", 2028, listed))
                        .status())
                .isEqualTo(201);

        Response refused = county.delete("/api/key-projects/" + listed + "?version=0");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(county.get("/api/key-projects/" + listed).status()).isEqualTo(200);
        assertThat(county.delete("/api/key-projects/" + unlisted + "?version=0").status())
                .isEqualTo(204);
        assertThat(county.get("/api/key-projects/" + unlisted).status()).isEqualTo(404);

        // a key project of another county cannot be listed
        long neighbours = keyProject(as(Role.COUNTY_GOVERNMENT, "152501"), "二连浩特市项目");
        Response foreign = county.post("/api/work-plans", plan("TWO_MOUNTAINS_AREA", 2029, neighbours));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.json().toString()).contains("projects[0].keyProjectId");
    }

    @Test
    void aDraftFromBeforeTheEngineGetsItsRunAtTheSubjectsNextWriteAndOnlyThen() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = county.post("/api/work-plans", plan("TWO_MOUNTAINS_AREA", 2030, null))
                .json();
        long id = plan.get("id").asLong();
        // as V36 leaves a plan created before it: no run
        jdbc.update("update work_plan set run_id = null where id = ?", id);
        plan = county.get("/api/work-plans/" + id).json();
        assertThat(plan.get("procedure").isNull()).isTrue();
        assertThat(plan.get("state").asString()).isEqualTo("DRAFT");

        // a reader changes nothing; the office may not write it
        act(as(Role.COMMITTEE_OFFICE, "152500"), plan, "file", Map.of(), 403);
        assertThat(jdbc.queryForObject("select run_id from work_plan where id = ?", Long.class, id))
                .isNull();

        plan = attached(county, plan);
        assertThat(actions(plan)).containsExactly("ACT FILE");
        plan = act(county, plan, "file", Map.of(), 200);
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
    }
}
