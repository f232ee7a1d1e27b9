package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Review s15 #8: the approvers' list ({@code GET /api/column-items/awaiting}) is paged, oldest first, and
 * takes the same statements for a page of 5 of 10 submitted items as for a page of 100 of 1,000 (issue 10). The items are copies of
 * one submitted by the government of 海南区 (150303, 乌海市), which no other test writes; its colleague approves.
 */
@ApiTest
class ColumnAwaitingStatementsIT {

    private static final String COUNTY = "150303";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApproversListTakesTheSameStatementsAtTenAndAtAThousandItems() {
        long government = fixtures.organization(OrganizationKind.GOVERNMENT, COUNTY);
        Browser drafter = Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, government));
        Browser colleague = Browser.loggedIn(port, fixtures.userIn(Role.COUNTY_GOVERNMENT, government));
        Response drafted = drafter.post(
                "/api/column-items",
                Map.of("programme", "ECO_CIVILIZATION_ZONE", "kind", "PROGRESS", "title", "待审0", "body", "正文"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        JsonNode item = drafted.json();
        String at = "/api/column-items/" + item.get("id").asLong();
        item = drafter.upload(at + "/files?version=" + item.get("version").asLong(), "进展.pdf", TestFiles.PDF)
                .json();
        Response submitted =
                drafter.post(at + "/submit?version=" + item.get("version").asLong(), Map.of());
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        long template = item.get("id").asLong();
        // a page short of the whole list at 10 too, so that its count is read as at 1,000
        String few = "/api/column-items/awaiting?size=5";
        String awaiting = "/api/column-items/awaiting?size=100";

        copies(template, 1, 9);
        JsonNode page = colleague.get(few).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content")).hasSize(5);
        assertThat(page.get("content").get(0).get("title").asString()).isEqualTo("待审0");
        assertThat(page.get("content").get(0).get("files").findValuesAsString("name"))
                .containsExactly("进展.pdf");
        assertThat(page.get("content").get(1).get("title").asString()).isEqualTo("待审1");
        int atTen = colleague.statements(few);

        copies(template, 10, 990);
        JsonNode full = colleague.get(awaiting).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(100);
        assertThat(full.get("content").get(0).get("title").asString()).isEqualTo("待审0");
        assertThat(colleague
                        .get(awaiting + "&page=9")
                        .json()
                        .get("content")
                        .get(99)
                        .get("title")
                        .asString())
                .isEqualTo("待审999");
        // the page, its count, the page's files and their documents, and the request's own (the session's user)
        assertThat(colleague.statements(awaiting)).isEqualTo(atTen).isEqualTo(5);
        // the drafter does not approve their own items
        assertThat(drafter.get(awaiting).json().get("totalElements").asLong()).isZero();
    }

    /** {@code n} copies of the submitted item titled 待审i from {@code from}, each drafted i seconds after it. */
    private void copies(long template, int from, int n) {
        OffsetDateTime start =
                jdbc.queryForObject("select drafted_at from column_item where id = ?", OffsetDateTime.class, template);
        Clones.of(jdbc, "column_item", template, n, (i, row) -> {
            row.put("title", "待审" + (from + i));
            row.put("drafted_at", Timestamp.from(start.plusSeconds(from + i).toInstant()));
        });
    }
}
