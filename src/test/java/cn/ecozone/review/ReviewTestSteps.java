package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the review ITs do: Inner Mongolia county dossiers brought to {@code EXPERT_SCORING} (submitted
 * over HTTP, passed by the league bureau over HTTP, examined by every division through the engine),
 * pool experts with linked accounts, and panels.
 */
final class ReviewTestSteps {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final int port;
    private final Fixtures fixtures;
    private final JdbcTemplate jdbc;
    private final ProcedureManagement procedures;

    ReviewTestSteps(int port, Fixtures fixtures, JdbcTemplate jdbc, ProcedureManagement procedures) {
        this.port = port;
        this.fixtures = fixtures;
        this.jdbc = jdbc;
        this.procedures = procedures;
    }

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    /** A browser of a fresh EXPERT account and the account's user id. */
    record ExpertLogin(Browser browser, long userId) {}

    ExpertLogin expertAccount() {
        String username = fixtures.user(Role.EXPERT, "150000");
        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        Browser b = new Browser(port);
        b.login(username, Fixtures.PASSWORD);
        return new ExpertLogin(b, id);
    }

    long openRound() {
        LocalDate today = LocalDate.now(BEIJING);
        Map<String, Object> body = new HashMap<>();
        body.put("programme", "ECO_CIVILIZATION_ZONE");
        body.put("title", "评审测试批次 " + System.nanoTime());
        body.put("opensOn", today.minusDays(1).toString());
        body.put("closesOn", today.plusDays(30).toString());
        body.put("callDocument", "环办生态函〔2026〕9号");
        return ok(as(Role.PROVINCE_STAFF, "150000").post("/api/application-rounds", body), 201)
                .get("id")
                .asLong();
    }

    /** A county's dossier in the round, submitted, passed by its league bureau and every division: at EXPERT_SCORING. */
    long atExpertScoring(long round, String county, String league) {
        // the province's divisions examine in parallel; a test database may have none yet
        Long divisions = jdbc.queryForObject(
                "select count(*) from organization where kind = 'DIVISION' and region_code = '150000'", Long.class);
        if (divisions == 0) {
            fixtures.organization(cn.ecozone.identity.OrganizationKind.DIVISION, "150000");
        }
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        JsonNode candidacy = ok(
                as(Role.PROVINCE_STAFF, "150000")
                        .post("/api/candidacies", Map.of("regionCode", county, "programme", "ECO_CIVILIZATION_ZONE")),
                201);
        JsonNode d = ok(
                subject.post(
                        "/api/dossiers",
                        Map.of("candidacyId", candidacy.get("id").asLong(), "roundId", round)),
                201);
        d = complete(subject, d);
        d = ok(
                subject.post(
                        path(d) + "/submit", Map.of("version", d.get("version").asLong())),
                200);
        Browser bureau = as(Role.PREFECTURE_STAFF, league);
        d = ok(bureau.get(path(d)), 200);
        Map<String, Object> act = new HashMap<>();
        act.put("action", "ACT");
        act.put("version", d.get("version").asLong());
        act.put("reason", "同意上报");
        ok(bureau.post(path(d) + "/actions", act), 200);
        long runId = jdbc.queryForObject(
                "select run_id from dossier where id = ?",
                Long.class,
                d.get("id").asLong());
        divisionsPass(runId);
        return d.get("id").asLong();
    }

    /**
     * Every division passes the dossier's open {@code DIVISION_CHECK} tasks (after the league's pass, or
     * after a return from {@code EXPERT_SCORING}, which goes back to the divisions): the run then waits
     * at {@code EXPERT_SCORING}, in a new opening.
     */
    void divisionsPass(long runId) {
        List<Long> tasks = jdbc.queryForList(
                "select assignee_organization_id from procedure_task where run_id = ? and step_code = 'DIVISION_CHECK'"
                        + " and state = 'OPEN'",
                Long.class,
                runId);
        assertThat(tasks).isNotEmpty();
        for (Long org : tasks) {
            Actor division = new Actor(
                    900_000_000L + org,
                    "div" + org,
                    "处室审核",
                    Role.DIVISION_REVIEWER,
                    org,
                    "处室",
                    "150000",
                    "/150000/",
                    false);
            RunView run = procedures.view(runId, division);
            procedures.act(
                    new ProcedureCommand.Act(runId, run.version(), null, null, "符合条件", List.of(), List.of()), division);
        }
        String step = jdbc.queryForObject(
                "select step_code from procedure_task where run_id = ? and state = 'OPEN'", String.class, runId);
        assertThat(step).isEqualTo("EXPERT_SCORING");
    }

    /** A pool expert entered by province staff; returns its id. */
    long expert(Browser province, String name, String field, String orgRegion, Long userId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("fields", List.of("生态", field));
        body.put("organization", name + "所在单位");
        body.put("orgRegionCode", orgRegion);
        body.put("title", "教授");
        body.put("contact", "0471-0000000");
        body.put("userId", userId);
        body.putAll(extra);
        return ok(province.post("/api/review/experts", body), 201)
                .get("expert")
                .get("id")
                .asLong();
    }

    static JsonNode ok(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r.json();
    }

    static String path(JsonNode d) {
        return "/api/dossiers/" + d.get("id").asLong();
    }

    private static JsonNode complete(Browser subject, JsonNode d) {
        for (JsonNode m : d.get("materials")) {
            String code = m.get("code").asString();
            switch (m.get("kind").asString()) {
                case "TEXT" -> {
                    Map<String, Object> body = new HashMap<>();
                    body.put("text", "生".repeat(m.get("tolerance").get("target").asInt()));
                    body.put("version", d.get("version").asLong());
                    d = ok(subject.put(path(d) + "/texts/" + code, body), 200);
                }
                case "PHOTOS" -> {
                    for (int i = 0; i < m.get("minCount").asInt(); i++) {
                        d = ok(
                                subject.upload(
                                        path(d) + "/materials/" + code + "/documents?version="
                                                + d.get("version").asLong(),
                                        "photo" + i + ".png",
                                        TestFiles.image("png", 40 + i, 30)),
                                200);
                    }
                }
                default ->
                    d = ok(
                            subject.upload(
                                    path(d) + "/materials/" + code + "/documents?version="
                                            + d.get("version").asLong(),
                                    code + ".pdf",
                                    TestFiles.PDF),
                            200);
            }
        }
        for (JsonNode c : d.get("eligibility")) {
            Map<String, Object> body = new HashMap<>();
            body.put("answer", "经自查符合本项条件（测试答复）");
            body.put("documentIds", List.of());
            body.put("version", d.get("version").asLong());
            d = ok(subject.put(path(d) + "/eligibility/" + c.get("code").asString(), body), 200);
        }
        return d;
    }
}
