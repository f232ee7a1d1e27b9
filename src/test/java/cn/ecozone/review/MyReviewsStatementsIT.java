package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
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
 * 我的评审 is paged, filtered by the expert's sheet and searched by subject, and takes the same
 * statements at 10 dossiers as at 1,000: copies of one covered dossier (each in a round of its own)
 * added to the expert's panel. A dossier of Hulunbuir (150725), which no other test uses.
 */
@ApiTest
class MyReviewsStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void theListIsPagedFilteredBySheetAndTakesTheSameStatementsAtTenAndAtAThousand() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150725", "150700");
        String field = "清单" + System.nanoTime();
        ReviewTestSteps.ExpertLogin login = steps.expertAccount();
        long expert = steps.expert(province, "清单专家" + login.userId(), field, "150102", login.userId(), Map.of());
        long panelId = ReviewTestSteps.ok(
                        province.post(
                                "/api/review/panels",
                                Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 1)),
                        201)
                .get("id")
                .asLong();
        String marker = "评审清单" + System.nanoTime();
        cover(panelId, round, dossier, marker, 9);
        Browser me = login.browser();
        String list = "/api/review/my-panels?size=5";

        JsonNode page = ReviewTestSteps.ok(me.get(list), 200);
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content")).hasSize(5);
        JsonNode row = page.get("content").get(0);
        assertThat(row.get("panelId").asLong()).isEqualTo(panelId);
        assertThat(row.get("alias").asString()).isNotBlank();
        assertThat(row.get("submitted").asBoolean()).isFalse();
        int atTen = me.statements(list);
        int filteredAtTen = me.statements(list + "&state=TO_SCORE");
        String searched = list + "&q=" + marker;
        assertThat(ReviewTestSteps.ok(me.get(searched), 200)
                        .get("totalElements")
                        .asLong())
                .as("the subjects' names are searched")
                .isEqualTo(9);
        int searchedAtTen = me.statements(searched);

        cover(panelId, round, dossier, marker, 990);
        List<Long> copies = jdbc.queryForList(
                "select dossier_id from review_panel_dossier where panel_id = ? and dossier_id <> ? order by dossier_id",
                Long.class,
                panelId,
                dossier);
        for (Long d : copies.subList(0, 3)) {
            jdbc.update(
                    "insert into review_sheet (panel_id, dossier_id, expert_id, opinion, submitted_at, version)"
                            + " values (?, ?, ?, '已评', current_timestamp, 0)",
                    panelId,
                    d,
                    expert);
        }
        assertThat(ReviewTestSteps.ok(me.get(list), 200).get("totalElements").asLong())
                .isEqualTo(1000);
        assertThat(ReviewTestSteps.ok(me.get(list + "&state=TO_SCORE"), 200)
                        .get("totalElements")
                        .asLong())
                .isEqualTo(997);
        JsonNode submitted = ReviewTestSteps.ok(me.get(list + "&state=SUBMITTED"), 200);
        assertThat(submitted.get("totalElements").asLong()).isEqualTo(3);
        submitted
                .get("content")
                .forEach(r -> assertThat(r.get("submitted").asBoolean()).isTrue());
        JsonNode last = ReviewTestSteps.ok(me.get(list + "&page=199"), 200);
        assertThat(last.get("content")).hasSize(5);

        assertThat(me.statements(list)).isEqualTo(atTen);
        assertThat(ReviewTestSteps.ok(me.get(searched), 200)
                        .get("totalElements")
                        .asLong())
                .isEqualTo(999);
        JsonNode found = ReviewTestSteps.ok(me.get(list + "&q=" + marker + "%2099&state=TO_SCORE"), 200);
        assertThat(found.get("totalElements").asLong()).as("99 and 990 to 998").isEqualTo(10);
        found.get("content")
                .forEach(r -> assertThat(r.get("subjectName").asString()).startsWith(marker + " 99"));
        assertThat(ReviewTestSteps.ok(me.get(list + "&q=" + marker + "%20x"), 200)
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(me.statements(searched)).isEqualTo(searchedAtTen);
        assertThat(me.statements(list + "&state=TO_SCORE"))
                .isEqualTo(filteredAtTen)
                .isEqualTo(atTen);
        assertThat(me.get(list + "&state=DONE").status()).isEqualTo(400);
        assertThat(province.get(list).status()).as("only experts").isEqualTo(403);
    }

    /** Copies of the dossier, each in a round of its own, covered by the panel. */
    private void cover(long panelId, long templateRound, long templateDossier, String marker, int n) {
        long offset = jdbc.queryForObject(
                "select count(*) from application_round where title like ?", Long.class, marker + "%");
        Clones.of(jdbc, "application_round", templateRound, n, (i, row) -> row.put("title", marker + (offset + i)));
        List<Long> rounds = jdbc.queryForList(
                "select id from application_round where title like ? order by id", Long.class, marker + "%");
        Clones.of(jdbc, "dossier", templateDossier, n, (i, row) -> {
            row.put("round_id", rounds.get((int) (offset + i)));
            row.put("subject_name", marker + " " + (offset + i));
            row.put("run_id", null);
        });
        jdbc.update(
                "insert into review_panel_dossier (panel_id, dossier_id, step_code, run_id, opening)"
                        + " select ?, id, 'EXPERT_SCORING', 0, 1 from dossier where subject_name like ?"
                        + " and id not in (select dossier_id from review_panel_dossier where panel_id = ?)",
                panelId,
                marker + "%",
                panelId);
    }
}
