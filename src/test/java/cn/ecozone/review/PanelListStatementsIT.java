package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A page of the panel list takes the same statements at 10 panels as at 1,000: the page and its count,
 * then the members, skipped experts, coverage, sheets, replacements and conflicts read once for the
 * page's panels. Panels written straight
 * into the tables for a draft dossier of Hinggan's Horqin Right Front Banner (152221), which no other
 * test uses.
 */
@ApiTest
class PanelListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void thePanelListTakesTheSameStatementsAtTenAndAtAThousandPanels() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        long round = steps.openRound();
        JsonNode candidacy = ReviewTestSteps.ok(
                province.post("/api/candidacies", Map.of("regionCode", "152221", "programme", "ECO_CIVILIZATION_ZONE")),
                201);
        long dossier = ReviewTestSteps.ok(
                        steps.as(Role.COUNTY_GOVERNMENT, "152221")
                                .post(
                                        "/api/dossiers",
                                        Map.of(
                                                "candidacyId",
                                                candidacy.get("id").asLong(),
                                                "roundId",
                                                round)),
                        201)
                .get("id")
                .asLong();
        String field = "计数" + System.nanoTime();
        long member = steps.expert(province, "计数专家甲", field, "150102", null, Map.of());
        long skipped = steps.expert(province, "计数专家乙", field, "150102", null, Map.of());
        String list = "/api/review/panels?size=5&sort=-draw&roundId=" + round;

        panels(round, dossier, member, skipped, 1, 10);
        JsonNode page = ReviewTestSteps.ok(province.get(list), 200);
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content")).hasSize(5);
        assertThat(page.get("content").get(0).get("drawNo").asInt()).isEqualTo(10);
        int atTen = province.statements(list);

        panels(round, dossier, member, skipped, 11, 1000);
        JsonNode full = ReviewTestSteps.ok(province.get(list), 200);
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        JsonNode first = full.get("content").get(0);
        assertThat(first.get("drawNo").asInt()).isEqualTo(1000);
        assertThat(first.get("members").get(0).get("alias").asString()).isEqualTo("专家A");
        assertThat(first.get("dossiers").get(0).get("dossierId").asLong()).isEqualTo(dossier);
        assertThat(province.statements(list)).isEqualTo(atTen);
    }

    /** Panels {@code from}..{@code to} of the round, each covering the dossier for its own opening. */
    private void panels(long round, long dossier, long member, long skipped, int from, int to) {
        for (int n = from; n <= to; n++) {
            jdbc.update(
                    "insert into review_panel (round_id, step_code, draw_no, regulation_code, regulation_version,"
                            + " pool_region_path, field, size, alternates, seed, algorithm, eligible, state,"
                            + " created_by, created_at, version) values (?, 'EXPERT_SCORING', ?, 'IM-ECOCIV-2022', 2,"
                            + " '/150000/', null, 1, 0, ?, 'L64X128MixRandom', ?, 'OPEN', 'test', current_timestamp, 0)",
                    round,
                    n,
                    (long) n,
                    Long.toString(member));
            long panel = jdbc.queryForObject(
                    "select id from review_panel where round_id = ? and draw_no = ?", Long.class, round, n);
            jdbc.update(
                    "insert into review_member (panel_id, expert_id, alias, seat, how, draw_order)"
                            + " values (?, ?, '专家A', 'MEMBER', 'DRAWN', 0)",
                    panel,
                    member);
            jdbc.update(
                    "insert into review_skipped (panel_id, expert_id, reason, detail) values (?, ?, 'FIELD', null)",
                    panel,
                    skipped);
            jdbc.update(
                    "insert into review_panel_dossier (panel_id, dossier_id, step_code, run_id, opening)"
                            + " values (?, ?, 'EXPERT_SCORING', 0, ?)",
                    panel,
                    dossier,
                    n);
        }
    }
}
