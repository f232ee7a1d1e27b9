package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The user list takes the same number of SQL statements for a page of 100 of 1,000 accounts as for a
 * page of 5 of 10 (issue 10: no query per row): each account's organization and login block are read for the whole
 * page at once. Every account sits in its own organization, so a read per organization would show.
 */
@ApiTest
class UserListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPageOfAHundredOfAThousandAccountsTakesTheStatementsOfAPageOfFiveOfTen() {
        String token = "ul" + UUID.randomUUID().toString().substring(0, 8);
        String template = fixtures.user(Role.COUNTY_GOVERNMENT, "150921");
        long templateId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, template);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        String list = "/api/users?q=" + token;

        accounts(templateId, token, 0, 10);
        // a page of 5 of 10, so that the count runs as it does for the full page below
        JsonNode page = admin.get(list + "&size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("organization").get("name").asString()).startsWith(token);
        assertThat(item.get("region").get("name").asString()).isNotBlank();
        int atTen = admin.statements(list + "&size=5");

        accounts(templateId, token, 10, 990);
        JsonNode full = admin.get(list + "&size=100&page=3").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(100);
        // the session check, the page, its count, the page's organizations and its login blocks (plain
        // JDBC, counted since the counter wraps the data source)
        assertThat(admin.statements(list + "&size=100&page=3")).isEqualTo(atTen).isEqualTo(5);
    }

    @Test
    void theFilteredListTakesTheSameStatementsAtTenAndAtAThousandAccounts() {
        String token = "uf" + UUID.randomUUID().toString().substring(0, 8);
        String template = fixtures.user(Role.COUNTY_GOVERNMENT, "150921");
        long templateId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, template);
        Browser admin = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        // a page of 5, so that the count runs at 10 accounts as it does at 1,000
        String list = "/api/users?size=5&enabled=true&region=150900&role=COUNTY_GOVERNMENT&q=" + token;

        accounts(templateId, token, 0, 10);
        assertThat(admin.get(list).json().get("totalElements").asLong()).isEqualTo(10);
        int atTen = admin.statements(list);

        accounts(templateId, token, 10, 990);
        JsonNode full = admin.get(list).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the region filter's path comes from the cached region tree: no statement of its own
        assertThat(admin.statements(list)).isEqualTo(atTen).isEqualTo(5);
    }

    /** {@code n} accounts named after the token, each in its own copy of the template's organization. */
    private void accounts(long templateUser, String token, int from, int n) {
        long templateOrg =
                jdbc.queryForObject("select organization_id from user_account where id = ?", Long.class, templateUser);
        Clones.of(jdbc, "organization", templateOrg, n, (i, row) -> row.put("name", token + "机构" + (from + i)));
        List<Long> orgs =
                jdbc.queryForList("select id from organization where name like ? order by id", Long.class, token + "%");
        Clones.of(jdbc, "user_account", templateUser, n, (i, row) -> {
            row.put("username", token + "." + (from + i));
            row.put("organization_id", orgs.get(from + i));
        });
    }
}
