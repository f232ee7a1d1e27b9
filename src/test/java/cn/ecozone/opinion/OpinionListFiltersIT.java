package cn.ecozone.opinion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The list of opinions searches title and document number, filters by round, state and step, sorts by
 * a whitelisted key, pages, and exports what it shows with each round's title, audited (issue 14
 * §5/§6); a body sees the opinions of its scope only. Opinions written straight into the table, told
 * apart by a marker in the title, in two closed Inner Mongolia rounds.
 */
@ApiTest
class OpinionListFiltersIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFiltersSortsPagesAndExportsWhatItShowsInScopeOnly() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        LocalDate today = LocalDate.now(DossierTestSteps.BEIJING);
        JsonNode first = steps.openRound("ECO_CIVILIZATION_ZONE", today);
        JsonNode second = steps.openRound("ECO_CIVILIZATION_ZONE", today);
        long r1 = first.get("id").asLong();
        long r2 = second.get("id").asLong();
        // closed again at once, so that no later test finds an Inner Mongolia round open that it did not open
        jdbc.update("update application_round set closes_on = opens_on where id in (?, ?)", r1, r2);
        String marker = "意见筛选" + System.nanoTime();
        String number = "内环发〔2031〕" + System.nanoTime() + "号";
        opinion(r1, "PRE_REVIEW_OPINION", 1, marker + " A", "ISSUED", number, "150000", "/150000/");
        opinion(r1, "PRE_REVIEW_OPINION", 2, marker + " B", "DRAFT", null, "150000", "/150000/");
        opinion(r2, "RECOMMEND", 1, marker + " C", "DRAFT", null, "150000", "/150000/");
        opinion(r2, "RECOMMEND", 1, marker + " D", "DRAFT", null, "520400", "/520000/520400/");
        String user = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, user);

        assertThat(titles(province, "q=" + marker + "&sort=title"))
                .containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(titles(province, "q=" + marker + "&sort=-title"))
                .containsExactly(marker + " C", marker + " B", marker + " A");
        assertThat(titles(province, "q=" + marker + "&roundId=" + r1 + "&sort=title"))
                .containsExactly(marker + " A", marker + " B");
        assertThat(titles(province, "q=" + marker + "&state=ISSUED")).containsExactly(marker + " A");
        assertThat(titles(province, "q=" + marker + "&stepCode=RECOMMEND")).containsExactly(marker + " C");
        assertThat(titles(province, "q=" + number))
                .as("the document number is searched")
                .containsExactly(marker + " A");

        JsonNode page = province.get("/api/opinions?q=" + marker + "&sort=title&size=2&page=1")
                .json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("content").get(0).get("title").asString()).isEqualTo(marker + " C");

        Response bad = province.get("/api/opinions?sort=scope_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported exported = ListExports.download(
                province, "/api/opinions/export?q=" + marker + "&roundId=" + r1 + "&sort=-title", "意见");
        assertThat(exported.column("标题")).containsExactly(marker + " B", marker + " A");
        assertThat(exported.column("申报批次")).containsOnly(first.get("title").asString());
        assertThat(exported.column("环节")).containsOnly("预审意见");
        assertThat(exported.column("首份或补充")).containsExactly("补充意见（第2份）", "首份意见");
        assertThat(exported.column("文号")).containsExactly("", number);
        assertThat(exported.column("状态")).containsExactly("草稿", "已印发");
        ListExports.audited(jdbc, user, "Opinion:export", "q=" + marker, "roundId=" + r1, "sort=-title");

        // a league below sees none of the province's opinions; Guizhou's prefecture sees its own only
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150800"));
        assertThat(titles(league, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(league, "/api/opinions/export?q=" + marker, "意见")
                        .rows())
                .isEmpty();
        Browser zunyi = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "520400"));
        assertThat(titles(zunyi, "q=" + marker)).containsExactly(marker + " D");
    }

    private void opinion(
            long round,
            String step,
            int sequence,
            String title,
            String state,
            String number,
            String scopeCode,
            String scopePath) {
        jdbc.update(
                "insert into opinion (round_id, step_code, scope_code, scope_path, sequence, title, document_number,"
                        + " state, issued_by, issued_at, created_by, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', current_timestamp, current_timestamp, 0)",
                round,
                step,
                scopeCode,
                scopePath,
                sequence,
                title,
                number,
                state,
                "ISSUED".equals(state) ? "test" : null,
                "ISSUED".equals(state) ? java.sql.Timestamp.valueOf("2031-03-01 10:00:00") : null);
    }

    private static List<String> titles(Browser who, String query) {
        Response r = who.get("/api/opinions?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        r.json().get("content").forEach(o -> titles.add(o.get("title").asString()));
        return titles;
    }
}
