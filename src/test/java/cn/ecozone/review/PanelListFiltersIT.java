package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The list of review panels searches the field, filters by round, step and state, sorts by a
 * whitelisted key, pages, and exports what it shows with each round's title, audited (issue 14
 * §5/§6); staff see the panels of their own pool only. Panels written straight into the table, told
 * apart by a marker in the field, in two closed Inner Mongolia rounds.
 */
@ApiTest
class PanelListFiltersIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void theListFiltersSortsPagesAndExportsWhatItShowsOfTheOwnPoolOnly() {
        ReviewTestSteps steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        long r1 = steps.openRound();
        long r2 = steps.openRound();
        // closed again at once, so that no later test finds an Inner Mongolia round open that it did not open
        jdbc.update("update application_round set closes_on = opens_on where id in (?, ?)", r1, r2);
        String marker = "评审组筛选" + System.nanoTime();
        panel(r1, "EXPERT_SCORING", 1, marker + " A", "OPEN", "/150000/");
        panel(r1, "EXPERT_SCORING", 2, marker + " B", "CLOSED", "/150000/");
        panel(r2, "SITE_CHECK", 1, marker + " C", "OPEN", "/150000/");
        panel(r2, "EXPERT_SCORING", 1, marker + " D", "OPEN", "/520000/");
        String user = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, user);

        assertThat(fields(province, "q=" + marker + "&sort=field"))
                .containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(fields(province, "q=" + marker + "&sort=-field"))
                .containsExactly(marker + " C", marker + " B", marker + " A");
        assertThat(fields(province, "q=" + marker + "&roundId=" + r1 + "&sort=-draw"))
                .containsExactly(marker + " B", marker + " A");
        assertThat(fields(province, "q=" + marker + "&state=CLOSED")).containsExactly(marker + " B");
        assertThat(fields(province, "q=" + marker + "&stepCode=SITE_CHECK")).containsExactly(marker + " C");

        var page = province.get("/api/review/panels?q=" + marker + "&sort=field&size=2&page=1")
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("content").get(0).get("field").asString()).isEqualTo(marker + " C");

        Response bad = province.get("/api/review/panels?sort=pool_region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        Response badState = province.get("/api/review/panels?state=DRAWN");
        assertThat(badState.status()).isEqualTo(400);
        assertThat(badState.json().get("errors").get(0).get("field").asString()).isEqualTo("state");

        ListExports.Exported exported = ListExports.download(
                province, "/api/review/panels/export?q=" + marker + "&roundId=" + r1 + "&sort=-draw", "评审组");
        assertThat(exported.column("专业领域")).containsExactly(marker + " B", marker + " A");
        assertThat(exported.column("抽取次序")).containsExactly("第2次", "第1次");
        assertThat(exported.column("环节")).containsOnly("专家评分");
        assertThat(exported.column("状态")).containsExactly("已结束", "评审中");
        assertThat(exported.column("申报批次"))
                .containsOnly(
                        jdbc.queryForObject("select title from application_round where id = ?", String.class, r1));
        ListExports.audited(jdbc, user, "Panel:export", "q=" + marker, "roundId=" + r1, "sort=-draw");

        // Xilingol's committee office keeps a pool of its own and sees none; Guizhou's staff theirs only
        Browser office = Browser.loggedIn(port, fixtures.user(Role.COMMITTEE_OFFICE, "152500"));
        assertThat(fields(office, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(office, "/api/review/panels/export?q=" + marker, "评审组")
                        .rows())
                .isEmpty();
        Browser guizhou = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "520000"));
        assertThat(fields(guizhou, "q=" + marker)).containsExactly(marker + " D");
    }

    private void panel(long round, String step, int drawNo, String field, String state, String pool) {
        jdbc.update(
                "insert into review_panel (round_id, step_code, draw_no, regulation_code, regulation_version,"
                        + " pool_region_path, field, size, alternates, seed, algorithm, eligible, state,"
                        + " created_by, created_at, version) values (?, ?, ?, 'IM-ECOCIV-2022', 2,"
                        + " ?, ?, 1, 0, 7, 'L64X128MixRandom', '', ?, 'test', current_timestamp, 0)",
                round,
                step,
                drawNo,
                pool,
                field,
                state);
    }

    private static List<String> fields(Browser who, String query) {
        Response r = who.get("/api/review/panels?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> fields = new ArrayList<>();
        r.json().get("content").forEach(p -> fields.add(p.get("field").asString()));
        return fields;
    }
}
