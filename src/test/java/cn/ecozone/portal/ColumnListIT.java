package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The subject's own column items and the public column's items are paged, newest first (issue 10),
 * with the same number of SQL statements for a page of 100 of 1,000 items as for a page of 5 of 10.
 * The items are copies of one published by a county of 乌兰察布市 (approved by the city's bureau), each a day
 * older than the last.
 */
@ApiTest
class ColumnListIT {

    private static final String PROGRAMME = "TWO_MOUNTAINS_BASE";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnAndThePublicItemsArePagedNewestFirstWithTheSameStatementsAtTenAndAThousand() {
        String county = "150925";
        Browser subject = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, county));
        Browser anonymous = new Browser(port);
        Response published = subject.post(
                "/api/column-items", Map.of("programme", PROGRAMME, "kind", "PROGRESS", "title", "最新进展", "body", "正文"));
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        // 先审后发 (issue 14 §7): the league above approves, the county publishes
        Browser league = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150900"));
        JsonNode submitted =
                subject.post(step(published.json(), "submit"), Map.of()).json();
        JsonNode approved = league.post(step(submitted, "approve"), Map.of()).json();
        assertThat(subject.post(step(approved, "publish"), Map.of()).status()).isEqualTo(200);
        long template = published.json().get("id").asLong();
        String mine = "/api/column-items?programme=" + PROGRAMME;
        String column = "/api/public/columns/" + county + "/" + PROGRAMME;

        copies(template, 0, 9);
        JsonNode own = subject.get(mine + "&size=5").json();
        assertThat(own.get("totalElements").asLong()).isEqualTo(10);
        assertThat(own.get("content").get(0).get("title").asString()).isEqualTo("最新进展");
        assertThat(own.get("content").get(1).get("title").asString()).isEqualTo("进展0");
        JsonNode open = anonymous.get(column + "?size=5").json();
        assertThat(open.get("items").get("totalElements").asLong()).isEqualTo(10);
        assertThat(open.get("items").get("content")).hasSize(5);
        int ownAtTen = subject.statements(mine + "&size=5");
        int publicAtTen = anonymous.statements(column + "?size=5");

        copies(template, 9, 990);
        JsonNode page = subject.get(mine + "&size=100&page=3").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(page.get("content")).hasSize(100);
        assertThat(page.get("content").get(0).get("title").asString()).isEqualTo("进展299");
        JsonNode capped = anonymous.get(column + "?size=100000").json();
        assertThat(capped.get("items").get("size").asInt()).isEqualTo(100);
        // the page, its count, the page's files, and the request's own
        assertThat(subject.statements(mine + "&size=100&page=3"))
                .isEqualTo(ownAtTen)
                .isEqualTo(4);
        // with a search, filters and an order (issue 14 §6): the same statements
        assertThat(subject.statements(mine + "&size=100&page=3&q=进展&kind=PROGRESS&state=PUBLISHED&sort=-title"))
                .isEqualTo(ownAtTen);
        // the promulgated plans, the page, its count, its files and its publishing organizations (no session)
        assertThat(anonymous.statements(column + "?size=100&page=3"))
                .isEqualTo(publicAtTen)
                .isEqualTo(5);
    }

    private static String step(JsonNode item, String action) {
        return "/api/column-items/" + item.get("id").asLong() + "/" + action + "?version="
                + item.get("version").asLong();
    }

    /** {@code n} copies of the item titled 进展i, published i + 1 days before the template. */
    private void copies(long template, int from, int n) {
        OffsetDateTime start = jdbc.queryForObject(
                "select published_at from column_item where id = ?", OffsetDateTime.class, template);
        Clones.of(jdbc, "column_item", template, n, (i, row) -> {
            row.put("title", "进展" + (from + i));
            java.sql.Timestamp at =
                    java.sql.Timestamp.from(start.minusDays(from + i + 1L).toInstant());
            row.put("published_at", at);
            row.put("drafted_at", at);
        });
    }
}
