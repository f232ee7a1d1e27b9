package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.CountingStatements;
import cn.ecozone.support.Fixtures;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The user list's organization filter (the organization and every one below it) takes the same SQL
 * statements with the same number of bound parameters for an organization with 10 organizations below
 * it as for one with 1,000 (review s16 #9: one bound id per organization below made the statement grow
 * with the tree, thousands of parameters for a province's organization).
 */
@ApiTest
class UserOrganizationFilterStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserManagement users;

    @Test
    void anOrganizationWithAThousandBelowTakesTheStatementsAndParametersOfOneWithTen() {
        String token = "uo" + UUID.randomUUID().toString().substring(0, 8);
        String template = fixtures.user(Role.COUNTY_GOVERNMENT, "152922");
        long templateUser = jdbc.queryForObject("select id from user_account where username = ?", Long.class, template);
        long templateOrg =
                jdbc.queryForObject("select organization_id from user_account where id = ?", Long.class, templateUser);
        Clones.of(jdbc, "organization", templateOrg, 1, (i, row) -> row.put("name", token + "局"));
        long top = jdbc.queryForObject("select id from organization where name = ?", Long.class, token + "局");
        Actor admin = new Actor(0, "admin", "系统管理员", Role.SYSTEM_ADMIN, 0, "自治区", "150000", "/150000/", false);
        UserFilter byTop = new UserFilter(null, null, null, null, top);

        below(templateUser, templateOrg, top, token, 0, 10);
        assertThat(users.search(admin, byTop, 0, 5).totalElements()).isEqualTo(10);
        int[] atTen = measure(admin, byTop);

        below(templateUser, templateOrg, top, token, 10, 990);
        PageResult<UserAccount> page = users.search(admin, byTop, 3, 5);
        assertThat(page.totalElements()).isEqualTo(1000);
        assertThat(page.content())
                .hasSize(5)
                .allSatisfy(a -> assertThat(a.username()).startsWith(token));
        // the page and its count, the page's organizations and its login blocks
        assertThat(measure(admin, byTop)).containsExactly(atTen).startsWith(4);

        // the filter still reaches every depth: an account two levels below the organization
        long child = jdbc.queryForObject("select id from organization where name = ?", Long.class, token + "机构0");
        String deep = fixtures.userIn(Role.COUNTY_GOVERNMENT, organization(templateOrg, child, token + "科室"));
        Browser browser = Browser.loggedIn(port, fixtures.user(Role.SYSTEM_ADMIN, "150000"));
        JsonNode found = browser.get("/api/users?size=5&organization=" + top + "&q=" + deep)
                .json();
        assertThat(found.get("totalElements").asLong()).isEqualTo(1);
        assertThat(found.get("content").get(0).get("username").asString()).isEqualTo(deep);
        JsonNode none = browser.get("/api/users?size=5&organization=" + child + "&q=" + token + ".5")
                .json();
        assertThat(none.get("totalElements").asLong()).isZero();
    }

    /** The statements of a page of the filtered list, and their bound parameters. */
    private int[] measure(Actor admin, UserFilter filter) {
        AtomicReference<Integer> statements = new AtomicReference<>();
        int placeholders = CountingStatements.placeholdersDuring(
                () -> statements.set(CountingStatements.during(() -> users.search(admin, filter, 0, 5))));
        return new int[] {statements.get(), placeholders};
    }

    /** {@code n} organizations directly below {@code parent}, each with one account named after the token. */
    private void below(long templateUser, long templateOrg, long parent, String token, int from, int n) {
        Clones.of(jdbc, "organization", templateOrg, n, (i, row) -> {
            row.put("name", token + "机构" + (from + i));
            row.put("parent_id", parent);
        });
        List<Long> orgs = jdbc.queryForList(
                "select id from organization where name like ? order by id", Long.class, token + "机构%");
        Clones.of(jdbc, "user_account", templateUser, n, (i, row) -> {
            row.put("username", token + "." + (from + i));
            row.put("organization_id", orgs.get(from + i));
        });
    }

    private long organization(long templateOrg, long parent, String name) {
        Clones.of(jdbc, "organization", templateOrg, 1, (i, row) -> {
            row.put("name", name);
            row.put("parent_id", parent);
        });
        return jdbc.queryForObject("select id from organization where name = ?", Long.class, name);
    }
}
