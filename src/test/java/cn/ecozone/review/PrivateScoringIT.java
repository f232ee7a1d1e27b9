package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureFacts;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.procedure.RunView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Private scoring over HTTP with five experts: nobody, province staff included, reads a score before
 * all are in; the trimmed mean drops the highest and lowest; a spread above the threshold forces a
 * written reconciliation before the close; two closes at once: one wins, the other 409; the step
 * completes only once the panel closed (PANEL_CLOSED), with the result by alias as its opinion.
 */
@ApiTest
class PrivateScoringIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ReviewManagement review;

    @Test
    void scoresStaySealedUntilAllAreInThenTheTrimmedMeanNeedsAReconciliationAndOneOfTwoClosesWins() throws Exception {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150524", "150500");
        String field = "评分" + System.nanoTime();
        List<ReviewTestSteps.ExpertLogin> experts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ReviewTestSteps.ExpertLogin login = steps.expertAccount();
            String name = "评分专家" + login.userId();
            steps.expert(province, name, field, "150102", login.userId(), Map.of());
            experts.add(login);
            names.add(name);
        }
        JsonNode panel = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 5)),
                201);
        long panelId = panel.get("id").asLong();
        String sheet = "/api/review/my-panels/" + panelId + "/dossiers/" + dossier + "/sheet";
        String scores = "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/scores";

        // COMPLETENESS spreads 8 (> 3): trimmed (8 + 9 + 7) / 3 = 8.00, where the plain mean would be 7.20
        int[][] given = {{8, 8, 6}, {9, 8, 7}, {10, 8, 8}, {7, 8, 7}, {2, 8, 7}};
        Response invalid = experts.get(0).browser().put(sheet, sheetBody(11, 8, 6, "意见", true));
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        Response noOpinion = experts.get(0).browser().put(sheet, sheetBody(8, 8, 6, " ", true));
        assertThat(noOpinion.status()).isEqualTo(400);
        assertThat(noOpinion.json().get("errors").toString()).contains("opinion");

        for (int i = 0; i < 4; i++) {
            int[] g = given[i];
            JsonNode mine = ReviewTestSteps.ok(
                    experts.get(i).browser().put(sheet, sheetBody(g[0], g[1], g[2], "第" + i + "位专家意见", true)), 200);
            assertThat(mine.get("submitted").asBoolean()).isTrue();
            assertThat(mine.get("result").get("criteria"))
                    .as("sealed for the expert too")
                    .isEmpty();
            assertThat(province.get(scores).status())
                    .as("sealed for the province")
                    .isEqualTo(409);
        }
        JsonNode progress = ReviewTestSteps.ok(province.get("/api/review/panels/" + panelId), 200);
        assertThat(progress.get("dossiers").get(0).get("submitted").asInt()).isEqualTo(4);
        assertThat(progress.toString()).doesNotContain("\"scores\"");
        assertThat(experts.get(4).browser().get(sheet).json().get("result").get("criteria"))
                .isEmpty();
        Response resubmit = experts.get(0).browser().put(sheet, sheetBody(1, 1, 1, "改", true));
        assertThat(resubmit.status()).as("a submitted sheet no longer changes").isEqualTo(409);

        // not closed: the engine refuses to complete the step (PANEL_CLOSED)
        Actor staff =
                new Actor(900_100_000L, "staff", "厅工作人员", Role.PROVINCE_STAFF, 1L, "厅", "150000", "/150000/", false);
        long runId = jdbc.queryForObject("select run_id from dossier where id = ?", Long.class, dossier);
        RunView run = procedures.view(runId, staff);
        assertThatThrownBy(() -> procedures.act(
                        new ProcedureCommand.Act(runId, run.version(), null, "PASS", "通过", List.of(), List.of()),
                        staff))
                .isInstanceOf(ProcedureFacts.RequirementUnmet.class)
                .hasMessage("review.panel.not-closed");

        int[] last = given[4];
        ReviewTestSteps.ok(
                experts.get(4).browser().put(sheet, sheetBody(last[0], last[1], last[2], "第4位专家意见", true)), 200);
        JsonNode open = ReviewTestSteps.ok(province.get(scores), 200);
        Map<String, JsonNode> byCode = new HashMap<>();
        open.get("result").get("criteria").forEach(c -> byCode.put(c.get("code").asString(), c));
        assertThat(byCode.get("COMPLETENESS").get("aggregated").decimalValue()).isEqualByComparingTo("8.00");
        assertThat(byCode.get("COMPLETENESS").get("spread").decimalValue()).isEqualByComparingTo("8");
        assertThat(byCode.get("INDICATORS_3Y").get("aggregated").decimalValue()).isEqualByComparingTo("7.00");
        assertThat(open.get("needingReconciliation").toString()).isEqualTo("[\"COMPLETENESS\"]");

        long version = panel.get("version").asLong();
        Response early = province.post("/api/review/panels/" + panelId + "/close", Map.of("version", version));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().get("detail").asString()).contains("1项分歧");
        Response notNeeded = province.post(
                "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/reconciliations",
                Map.of("criterionCode", "CONFORMITY", "text", "无分歧"));
        assertThat(notNeeded.status()).isEqualTo(400);
        ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/reconciliations",
                        Map.of("criterionCode", "COMPLETENESS", "text", "第五位专家未计入补充材料，经合议以其余专家意见为准")),
                200);

        Browser other = steps.as(Role.PROVINCE_STAFF, "150000");
        Together.Pair<Response, Response> closes = Together.run(
                () -> province.post("/api/review/panels/" + panelId + "/close", Map.of("version", version)),
                () -> other.post("/api/review/panels/" + panelId + "/close", Map.of("version", version)));
        assertThat(List.of(closes.first().status(), closes.second().status()))
                .as(closes.first() + " / " + closes.second())
                .containsExactlyInAnyOrder(200, 409);

        JsonNode after = ReviewTestSteps.ok(experts.get(2).browser().get(sheet), 200);
        assertThat(after.get("result").get("total").decimalValue()).isEqualByComparingTo("23.00");
        assertThat(after.get("result").get("opinions").toString()).contains("专家A", "专家E");
        names.forEach(n -> assertThat(after.get("result").toString()).doesNotContain(n));
        assertThat(experts.get(2)
                        .browser()
                        .put(sheet, sheetBody(1, 1, 1, "x", false))
                        .status())
                .isEqualTo(409);

        PanelResult result = review.results(dossier, "EXPERT_SCORING").orElseThrow();
        assertThat(result.closed()).isTrue();
        assertThat(result.total()).isEqualByComparingTo(new BigDecimal("23.00"));
        assertThat(result.aggregation()).isEqualTo("TRIMMED_MEAN");
        assertThat(result.reconciliations()).singleElement().asString().startsWith("COMPLETENESS");

        Response pass = province.post(
                "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/decision", Map.of("decision", "PASS"));
        assertThat(pass.status()).as(pass.toString()).isEqualTo(200);
        assertThat(pass.json().get("dossiers").get(0).get("currentStepCode").asString())
                .isEqualTo("PUBLICITY");
        Response twice = province.post(
                "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/decision", Map.of("decision", "PASS"));
        assertThat(twice.status()).isEqualTo(409);
        String opinion = jdbc.queryForObject(
                "select max(opinion) from procedure_entry where run_id = ? and step_code = 'EXPERT_SCORING'",
                String.class,
                runId);
        assertThat(opinion).contains("总分 23.00", "专家A：");
        names.forEach(n -> assertThat(opinion).doesNotContain(n));
    }

    private static Map<String, Object> sheetBody(
            int completeness, int conformity, int indicators, String opinion, boolean submit) {
        Map<String, Object> body = new HashMap<>();
        body.put("scores", Map.of("COMPLETENESS", completeness, "CONFORMITY", conformity, "INDICATORS_3Y", indicators));
        body.put("opinion", opinion);
        body.put("submit", submit);
        return body;
    }
}
