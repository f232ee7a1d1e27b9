package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The organization list is paged (issue 10): filtered by region and name, sorted by region, name and
 * id, each item with its parent's name, and the same number of SQL statements for a page of 100 of
 * 1,000 organizations, each with its own parent, as for a page of 5 of 10.
 */
@ApiTest
class OrganizationListIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    private Browser admin() {
        return Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
    }

    @Test
    void pagesFilteredByRegionAndNameWithTheParentsName() {
        String token = "ol" + UUID.randomUUID().toString().substring(0, 8);
        long parent = fixtures.organization(OrganizationKind.BUREAU, "150900");
        copies(parent, token, 0, 3, "150921");
        copies(parent, token, 3, 2, "150922");
        Browser admin = admin();

        JsonNode first = admin.get("/api/organizations?size=2&q=" + token).json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(5);
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(names(first)).containsExactly(token + "-0", token + "-1");
        assertThat(first.get("content").get(0).get("parentName").asString())
                .isEqualTo(jdbc.queryForObject("select name from organization where id = ?", String.class, parent));
        JsonNode last = admin.get("/api/organizations?size=2&page=2&q=" + token).json();
        assertThat(names(last)).containsExactly(token + "-4");

        JsonNode inCounty =
                admin.get("/api/organizations?region=150922&q=" + token).json();
        assertThat(names(inCounty)).containsExactly(token + "-3", token + "-4");
        JsonNode capped = admin.get("/api/organizations?size=100000&q=" + token).json();
        assertThat(capped.get("size").asInt()).isEqualTo(100);
    }

    @Test
    void aPageOfAHundredOfAThousandTakesTheStatementsOfAPageOfFiveOfTen() {
        String token = "om" + UUID.randomUUID().toString().substring(0, 8);
        long template = fixtures.organization(OrganizationKind.BUREAU, "150900");
        Browser admin = admin();
        String list = "/api/organizations?q=" + token + "-";

        parented(template, token, 0, 10);
        JsonNode page = admin.get(list + "&size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("parentName").asString()).startsWith(token + "p");
        int atTen = admin.statements(list + "&size=5");

        parented(template, token, 10, 990);
        JsonNode full = admin.get(list + "&size=100&page=3").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(100);
        // the page, its count, the page's parents, and the request's own
        assertThat(admin.statements(list + "&size=100&page=3")).isEqualTo(atTen).isEqualTo(4);
    }

    /** {@code n} copies of the organization at the county, named {@code token-i}, under it. */
    private void copies(long parent, String token, int from, int n, String county) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, county);
        Clones.of(jdbc, "organization", parent, n, (i, row) -> {
            row.put("name", token + "-" + (from + i));
            row.put("region_code", county);
            row.put("region_path", path);
            row.put("parent_id", parent);
        });
    }

    /** {@code n} organizations named {@code token-i}, each under its own parent {@code tokenp-i}. */
    private void parented(long template, String token, int from, int n) {
        Clones.of(jdbc, "organization", template, n, (i, row) -> row.put("name", token + "p" + (from + i)));
        List<Long> parents = jdbc.queryForList(
                "select id from organization where name like ? order by id", Long.class, token + "p%");
        Clones.of(jdbc, "organization", template, n, (i, row) -> {
            row.put("name", token + "-" + (from + i));
            row.put("parent_id", parents.get(from + i));
        });
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("content").forEach(o -> names.add(o.get("name").asString()));
        return names;
    }
}
