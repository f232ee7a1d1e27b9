package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.review.internal.PanelDraw;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Replacing a panel member over HTTP: a no-show goes on the expert's integrity record and the first
 * alternate takes the seat under its alias; with no alternate left, one expert is drawn among the
 * eligible with a recorded seed that re-runs to the same expert; a member who submitted, or any member
 * after the close, cannot be replaced; a removed member's sheet never counts. A dossier of Ulanqab's
 * Siziwang Banner (150929), which no other test uses.
 */
@ApiTest
class PanelReplacementIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    ReviewTestSteps steps;
    Browser province;

    @BeforeEach
    void setUp() {
        steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        province = steps.as(Role.PROVINCE_STAFF, "150000");
    }

    @Test
    void aNoShowIsRecordedAndReplacedByTheFirstAlternateThenByADrawAndRemovedMembersNeverCount() {
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150929", "150900");
        String field = "替换" + System.nanoTime();
        Map<Long, Browser> browsers = new HashMap<>();
        for (String name : List.of("替换甲", "替换乙", "替换丙")) {
            ReviewTestSteps.ExpertLogin login = steps.expertAccount();
            long id = steps.expert(province, name + login.userId(), field, "150102", login.userId(), Map.of());
            browsers.put(id, login.browser());
        }
        JsonNode panel = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of(
                                "roundId",
                                round,
                                "stepCode",
                                "EXPERT_SCORING",
                                "field",
                                field,
                                "size",
                                2,
                                "alternates",
                                1)),
                201);
        String path = "/api/review/panels/" + panel.get("id").asLong();
        List<Long> members = seats(panel, "MEMBER");
        long absent = members.get(0);
        long present = members.get(1);
        long alternate = seats(panel, "ALTERNATE").getFirst();
        String alternateAlias = member(panel, alternate).get("alias").asString();
        // the absent member saved a draft; it will never count
        ReviewTestSteps.ok(browsers.get(absent).put(sheet(panel, dossier), sheet(1, false)), 200);

        Response noKind =
                province.post(path + "/members/" + absent + "/replacement", Map.of("kind", "GONE", "reason", "未到场"));
        assertThat(noKind.status()).as(noKind.toString()).isEqualTo(400);
        assertThat(noKind.toString()).contains("kind");
        Response noReason =
                province.post(path + "/members/" + absent + "/replacement", Map.of("kind", "NO_SHOW", "reason", " "));
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.toString()).contains("reason");

        JsonNode promoted = ReviewTestSteps.ok(
                province.post(
                        path + "/members/" + absent + "/replacement",
                        Map.of("kind", "NO_SHOW", "reason", "评审会当日未到场，未请假")),
                200);
        assertThat(member(promoted, absent).get("seat").asString()).isEqualTo("REMOVED");
        assertThat(member(promoted, absent).get("removedKind").asString()).isEqualTo("NO_SHOW");
        assertThat(member(promoted, alternate).get("seat").asString()).isEqualTo("MEMBER");
        assertThat(member(promoted, alternate).get("how").asString()).isEqualTo("PROMOTED");
        assertThat(member(promoted, alternate).get("alias").asString()).isEqualTo(alternateAlias);
        assertThat(promoted.get("replacements").get(0).get("how").asString()).isEqualTo("PROMOTED");
        JsonNode integrity = ReviewTestSteps.ok(province.get("/api/review/experts/" + absent), 200)
                .get("integrity");
        assertThat(integrity).extracting(i -> i.get("kind").asString()).containsExactly("NO_SHOW");
        Response again =
                province.post(path + "/members/" + absent + "/replacement", Map.of("kind", "NO_SHOW", "reason", "重复"));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        ReviewTestSteps.ok(browsers.get(present).put(sheet(panel, dossier), sheet(8, true)), 200);
        Response submitted =
                province.post(path + "/members/" + present + "/replacement", Map.of("kind", "LEFT", "reason", "临时公务"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(409);

        // no alternate left: one expert is drawn among the eligible (only the one added after the draw)
        ReviewTestSteps.ExpertLogin late = steps.expertAccount();
        long fresh = steps.expert(province, "替换丁" + late.userId(), field, "150102", late.userId(), Map.of());
        JsonNode redrawn = ReviewTestSteps.ok(
                province.post(
                        path + "/members/" + alternate + "/replacement",
                        Map.of("kind", "LEFT", "reason", "发现需回避的亲属关系，主动退出")),
                200);
        assertThat(member(redrawn, fresh).get("seat").asString()).isEqualTo("MEMBER");
        assertThat(member(redrawn, fresh).get("how").asString()).isEqualTo("REDRAWN");
        JsonNode record = redrawn.get("replacements").get(1);
        assertThat(record.get("how").asString()).isEqualTo("REDRAWN");
        List<Long> eligible = Arrays.stream(jdbc.queryForObject(
                                "select eligible from review_replacement where panel_id = ? and how = 'REDRAWN'",
                                String.class,
                                panel.get("id").asLong())
                        .split(","))
                .map(Long::valueOf)
                .toList();
        assertThat(PanelDraw.draw(
                                record.get("seed").asLong(),
                                record.get("algorithm").asString(),
                                eligible,
                                1,
                                0)
                        .members())
                .containsExactly(fresh);
        assertThat(ReviewTestSteps.ok(province.get("/api/review/experts/" + alternate), 200)
                        .get("integrity"))
                .as("leaving with a reason is no integrity failure")
                .isEmpty();

        Response removedSubmits = browsers.get(absent).put(sheet(panel, dossier), sheet(1, true));
        assertThat(removedSubmits.status()).as(removedSubmits.toString()).isIn(404, 409);
        ReviewTestSteps.ok(late.browser().put(sheet(panel, dossier), sheet(6, true)), 200);
        JsonNode now = ReviewTestSteps.ok(province.get(path), 200);
        ReviewTestSteps.ok(
                province.post(
                        path + "/close", Map.of("version", now.get("version").asLong())),
                200);
        JsonNode scores = ReviewTestSteps.ok(province.get(path + "/dossiers/" + dossier + "/scores"), 200);
        assertThat(scores.get("result").get("expertCount").asInt()).isEqualTo(2);
        assertThat(scores.get("result").get("total").decimalValue()).isEqualByComparingTo("21");

        // a conflict on record after the close (by the platform's clock) leaves the closed panel's progress as it was
        jdbc.update(
                "insert into review_conflict (expert_id, dossier_id, type, source, detail, recorded_by, recorded_at)"
                        + " select ?, ?, 'DECLARED_BY_SUBJECT', 'DECLARED', '结束后', 'test', closed_at + interval '1' minute"
                        + " from review_panel where id = ?",
                fresh,
                dossier,
                panel.get("id").asLong());
        assertThat(ReviewTestSteps.ok(province.get(path), 200)
                        .get("dossiers")
                        .get(0)
                        .get("scorers")
                        .asInt())
                .isEqualTo(2);

        Response afterClose =
                province.post(path + "/members/" + fresh + "/replacement", Map.of("kind", "LEFT", "reason", "结束后"));
        assertThat(afterClose.status()).as(afterClose.toString()).isEqualTo(409);
    }

    private static String sheet(JsonNode panel, long dossier) {
        return "/api/review/my-panels/" + panel.get("id").asLong() + "/dossiers/" + dossier + "/sheet";
    }

    /** Each criterion scored {@code score}. */
    private static Map<String, Object> sheet(int score, boolean submit) {
        return Map.of(
                "scores",
                Map.of("COMPLETENESS", score, "CONFORMITY", score, "INDICATORS_3Y", score),
                "opinion",
                "评审意见",
                "submit",
                submit);
    }

    private static List<Long> seats(JsonNode panel, String seat) {
        List<Long> out = new ArrayList<>();
        panel.get("members").forEach(m -> {
            if (seat.equals(m.get("seat").asString())) {
                out.add(m.get("expertId").asLong());
            }
        });
        return out;
    }

    private static JsonNode member(JsonNode panel, long expertId) {
        for (JsonNode m : panel.get("members")) {
            if (m.get("expertId").asLong() == expertId) {
                return m;
            }
        }
        throw new AssertionError("no member " + expertId + " in " + panel);
    }
}
