package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Panels per opening (ADR 0028, ADR 0027) over HTTP: a dossier returned after its panel closed and
 * brought back to {@code EXPERT_SCORING} does not pass on the old panel, but on a supplementary panel
 * that covers its new opening; a dossier that reaches the step after the draw gets a second panel in
 * the same round; after a close, detection changes no conflict. Dossiers of Ulanqab's Chahar Right
 * Middle Banner (150927) and Alxa (152921, 152922), which no other test uses.
 */
@ApiTest
class PanelPerOpeningIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ReviewManagement reviews;

    @Autowired
    MutableClock clock;

    ReviewTestSteps steps;
    Browser province;
    Instant before;

    @BeforeEach
    void setUp() {
        before = clock.instant();
        steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        province = steps.as(Role.PROVINCE_STAFF, "150000");
    }

    /** Every IT shares the clock (SharedClockCheck): the minute one test moves it on is taken back. */
    @AfterEach
    void putTheClockBack() {
        clock.set(before);
    }

    @Test
    void aDossierBroughtBackAfterItsPanelClosedIsRefusedUntilASupplementaryPanelCoveringItCloses() {
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150927", "150900");
        String field = "再评" + System.nanoTime();
        ReviewTestSteps.ExpertLogin login = steps.expertAccount();
        long scorer = steps.expert(province, "再评专家" + login.userId(), field, "150102", login.userId(), Map.of());
        long bystander = steps.expert(province, "旁观专家" + login.userId(), "旁观" + field, "150102", null, Map.of());

        JsonNode first = draw(round, field, 201);
        assertThat(first.get("drawNo").asInt()).isEqualTo(1);
        long firstId = first.get("id").asLong();
        // an automatic conflict on record at the close that no longer holds (as if an employment had been
        // corrected since): the closed board keeps it, later draws do not
        jdbc.update(
                "insert into review_conflict (expert_id, dossier_id, type, source, detail, recorded_by, recorded_at)"
                        + " select ?, ?, 'REGION', 'AUTOMATIC', '不再成立', 'test', created_at from review_panel where id = ?",
                bystander,
                dossier,
                firstId);
        submitAndClose(login, first, dossier);
        String firstConflicts = "/api/review/panels/" + firstId + "/dossiers/" + dossier + "/conflicts";
        JsonNode atClose = ReviewTestSteps.ok(province.get(firstConflicts), 200);
        assertThat(atClose.findValuesAsString("expertId")).containsExactly(String.valueOf(bystander));
        JsonNode returned = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels/" + first.get("id").asLong() + "/dossiers/" + dossier + "/decision",
                        Map.of("decision", "RETURN", "reason", "请补充近三年指标的佐证材料")),
                200);
        assertThat(returned.get("dossiers").get(0).get("decision").asString()).isEqualTo("RETURNED");

        // a stale automatic conflict of the scorer recorded after the close: before the fix, any closed
        // panel covering the dossier froze it and it kept the scorer out of the supplementary draw
        java.sql.Timestamp closedAt = jdbc.queryForObject(
                "select closed_at from review_panel where id = ?", java.sql.Timestamp.class, firstId);
        jdbc.update(
                "insert into review_conflict (expert_id, dossier_id, type, source, detail, recorded_by, recorded_at)"
                        + " values (?, ?, 'REGION', 'AUTOMATIC', '不再成立', 'test', ?)",
                scorer,
                dossier,
                java.sql.Timestamp.from(closedAt.toInstant().plusSeconds(1)));
        clock.advance(java.time.Duration.ofMinutes(1));
        // after the close, detection on the closed panel is refused
        Response detect = province.post("/api/review/panels/" + first.get("id").asLong() + "/detect", Map.of());
        assertThat(detect.status()).as(detect.toString()).isEqualTo(409);

        long runId = jdbc.queryForObject("select run_id from dossier where id = ?", Long.class, dossier);
        steps.divisionsPass(runId);
        // brought back, no new panel yet: the old panel's result is that of an earlier opening
        assertThat(reviews.results(dossier, "EXPERT_SCORING")).get().satisfies(r -> {
            assertThat(r.panelId()).isEqualTo(firstId);
            assertThat(r.earlierOpening()).isTrue();
        });
        // the round overview's batched question gives the same answer as the engine's act
        assertThat(procedures.unmet(List.of(runId)).get(runId))
                .extracting(StepRequirement.Unmet::messageKey)
                .containsExactly("review.panel.not-closed");
        Response early = passOnTheRun(dossier);
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("尚未结束评审");
        Response byOldPanel = province.post(
                "/api/review/panels/" + first.get("id").asLong() + "/dossiers/" + dossier + "/decision",
                Map.of("decision", "PASS"));
        assertThat(byOldPanel.status()).as(byOldPanel.toString()).isEqualTo(409);
        JsonNode oldView = ReviewTestSteps.ok(province.get("/api/review/panels/" + first.get("id")), 200);
        assertThat(oldView.get("dossiers").get(0).get("currentOpening").asBoolean())
                .isFalse();

        JsonNode second = draw(round, field, 201);
        assertThat(second.get("drawNo").asInt()).isEqualTo(2);
        assertThat(second.get("dossiers")).hasSize(1);
        assertThat(second.get("dossiers").get(0).get("dossierId").asLong()).isEqualTo(dossier);
        assertThat(second.get("dossiers").get(0).get("opening").asInt())
                .isGreaterThan(oldView.get("dossiers").get(0).get("opening").asInt());
        // the stale conflict no longer kept the scorer out
        assertThat(second.get("members").findValuesAsString("expertId")).contains(String.valueOf(scorer));
        // the supplementary draw's detection ended both stale conflicts, deleting neither, and the closed
        // board still reads the one it held at its close
        assertThat(jdbc.queryForList(
                        "select expert_id from review_conflict where dossier_id = ? and ended_at is not null",
                        Long.class,
                        dossier))
                .containsExactlyInAnyOrder(scorer, bystander);
        assertThat(ReviewTestSteps.ok(province.get(firstConflicts), 200)).isEqualTo(atClose);
        // the closed panel of the earlier visit no longer stops the subject declaring a conflict
        Response declared = steps.as(Role.COUNTY_GOVERNMENT, "150927")
                .post(
                        "/api/review/dossiers/" + dossier + "/conflicts",
                        Map.of("name", "旁观专家" + login.userId(), "note", "该专家曾参与我旗规划评审"));
        assertThat(declared.status()).as(declared.toString()).isEqualTo(204);
        Response nothingLeft =
                province.post("/api/review/panels", Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "size", 1));
        assertThat(nothingLeft.status()).as(nothingLeft.toString()).isEqualTo(409);
        assertThat(nothingLeft.json().get("detail").asString()).contains("无需补充抽取");

        Response stillOpen = passOnTheRun(dossier);
        assertThat(stillOpen.status()).as(stillOpen.toString()).isEqualTo(409);
        assertThat(stillOpen.json().get("detail").asString()).contains("尚未结束评审");

        submitAndClose(login, second, dossier);
        assertThat(procedures.unmet(List.of(runId))).doesNotContainKey(runId);
        assertThat(reviews.results(dossier, "EXPERT_SCORING")).get().satisfies(r -> {
            assertThat(r.panelId()).isEqualTo(second.get("id").asLong());
            assertThat(r.earlierOpening()).isFalse();
        });
        ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels/" + second.get("id").asLong() + "/dossiers/" + dossier + "/decision",
                        Map.of("decision", "PASS")),
                200);
        assertThat(jdbc.queryForObject(
                        "select step_code from procedure_task where run_id = ? and state = 'OPEN'",
                        String.class,
                        runId))
                .isEqualTo("PUBLICITY");
        assertThat(ReviewTestSteps.ok(province.get("/api/review/panels?roundId=" + round), 200)
                        .get("content"))
                .hasSize(2);
    }

    @Test
    void aDossierThatReachesTheStepAfterTheDrawGetsASupplementaryPanelInTheSameRound() {
        long round = steps.openRound();
        long early = steps.atExpertScoring(round, "152921", "152900");
        String field = "补充" + System.nanoTime();
        steps.expert(province, "补充专家甲", field, "150102", null, Map.of());
        steps.expert(province, "补充专家乙", field, "150102", null, Map.of());

        JsonNode first = draw(round, field, 201);
        assertThat(first.get("dossiers"))
                .extracting(d -> d.get("dossierId").asLong())
                .containsExactly(early);
        Response nothingYet = province.post(
                "/api/review/panels",
                Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 1));
        assertThat(nothingYet.status()).as(nothingYet.toString()).isEqualTo(409);

        long late = steps.atExpertScoring(round, "152922", "152900");
        JsonNode second = draw(round, field, 201);
        assertThat(second.get("drawNo").asInt()).isEqualTo(2);
        assertThat(second.get("dossiers"))
                .extracting(d -> d.get("dossierId").asLong())
                .containsExactly(late);
        JsonNode both = ReviewTestSteps.ok(province.get("/api/review/panels?roundId=" + round + "&sort=draw"), 200)
                .get("content");
        assertThat(both).extracting(p -> p.get("drawNo").asInt()).containsExactly(1, 2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_panel_dossier where dossier_id in (?, ?)",
                        Long.class,
                        early,
                        late))
                .isEqualTo(2);
    }

    private JsonNode draw(long round, String field, int status) {
        return ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 1)),
                status);
    }

    private void submitAndClose(ReviewTestSteps.ExpertLogin login, JsonNode panel, long dossier) {
        long panelId = panel.get("id").asLong();
        ReviewTestSteps.ok(
                login.browser()
                        .put(
                                "/api/review/my-panels/" + panelId + "/dossiers/" + dossier + "/sheet",
                                Map.of(
                                        "scores",
                                        Map.of("COMPLETENESS", 8, "CONFORMITY", 7, "INDICATORS_3Y", 9),
                                        "opinion",
                                        "材料齐全",
                                        "submit",
                                        true)),
                200);
        JsonNode now = ReviewTestSteps.ok(province.get("/api/review/panels/" + panelId), 200);
        ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels/" + panelId + "/close",
                        Map.of("version", now.get("version").asLong())),
                200);
    }

    /** The province staff completes EXPERT_SCORING on the dossier's run directly, as the engine offers it. */
    private Response passOnTheRun(long dossier) {
        JsonNode d = ReviewTestSteps.ok(province.get("/api/dossiers/" + dossier), 200);
        Map<String, Object> body = new HashMap<>();
        body.put("action", "ACT");
        body.put("outcome", "PASS");
        body.put("reason", "评审通过");
        body.put("version", d.get("version").asLong());
        return province.post("/api/dossiers/" + dossier + "/actions", body);
    }
}
