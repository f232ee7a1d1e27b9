package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import tools.jackson.databind.JsonNode;

/**
 * The administrator replacement list is paged and reads its page's target accounts in one statement,
 * not one per proposal (issue 10: every list paged, no query per row): the same statements for a page
 * of 5 of 10 declined proposals, each for another account, as for a page of 100 of 1,000.
 */
@ApiTest
class AdminReplacementListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandProposals() {
        String token = "ar" + UUID.randomUUID().toString().substring(0, 8);
        Browser security = Browser.loggedIn(port, fixtures.user(Role.SECURITY_ADMIN, "150000"));
        String template = fixtures.user(Role.COUNTY_GOVERNMENT, "150921");
        long templateUser = jdbc.queryForObject("select id from user_account where username = ?", Long.class, template);
        long templateProposal = proposal(templateUser);
        Clones.of(jdbc, "user_account", templateUser, 999, (i, row) -> row.put("username", token + "." + i));
        List<Long> targets = jdbc.queryForList(
                "select id from user_account where username like ? order by id", Long.class, token + ".%");

        proposals(templateProposal, targets, 0, 9);
        JsonNode list = security.get("/api/admin-replacements?state=DECLINED&page=1&size=5")
                .json();
        assertThat(list.get("totalElements").asLong()).isEqualTo(10);
        assertThat(list.get("content").findValuesAsString("targetUsername"))
                .hasSize(5)
                .contains(template, token + ".3");
        int atTen = security.statements("/api/admin-replacements?state=DECLINED&page=1&size=5");
        // the search (issue 14 §6): the replaced account, the successor, the proposer, the reason; literally
        assertThat(total(security, "q=" + token + ".3")).isEqualTo(1);
        assertThat(total(security, "q=接任")).isEqualTo(10);
        assertThat(total(security, "q=SECURITY")).isEqualTo(10);
        assertThat(total(security, "q=列表测试")).isEqualTo(10);
        assertThat(total(security, "q=%25")).isZero();
        assertThat(total(security, "q=" + token + "&targetRole=SYSTEM_ADMIN")).isEqualTo(9);
        assertThat(total(security, "targetRole=AUDIT_ADMIN")).isZero();
        assertThat(security.get("/api/admin-replacements?q=" + token + "&sort=successor")
                        .json()
                        .get("content")
                        .findValuesAsString("targetUsername"))
                .as("ties of the sort fall back to the newest first")
                .startsWith(token + ".8", token + ".7");
        Response badSort = security.get("/api/admin-replacements?sort=password");
        assertThat(badSort.status()).isEqualTo(400);
        assertThat(badSort.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        String searched =
                "/api/admin-replacements?state=DECLINED&targetRole=SYSTEM_ADMIN&q=" + token + "&sort=-proposed";
        int searchedAtTen = security.statements(searched + "&page=0&size=5");

        proposals(templateProposal, targets, 9, 990);
        JsonNode first = security.get("/api/admin-replacements?size=100").json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(first.get("content").findValuesAsString("targetUsername"))
                .hasSize(100)
                .startsWith(token + ".998");
        assertThat(security.get("/api/admin-replacements?state=PROPOSED")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
        // the page, the count, the page's target accounts, and the request's own
        assertThat(security.statements("/api/admin-replacements?state=DECLINED&page=9&size=100"))
                .isEqualTo(atTen)
                .isEqualTo(4);
        assertThat(security.statements(searched + "&page=8&size=100"))
                .isEqualTo(searchedAtTen)
                .isEqualTo(4);
    }

    private static long total(Browser browser, String query) {
        Response page = browser.get("/api/admin-replacements?size=1&" + query);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().get("totalElements").asLong();
    }

    /** A declined proposal to replace the account (written directly: only its list is tested here). */
    private long proposal(long target) {
        return new SimpleJdbcInsert(jdbc)
                .withTableName("admin_replacement")
                .usingGeneratedKeyColumns("id")
                .executeAndReturnKey(Map.ofEntries(
                        Map.entry("target_user_id", target),
                        Map.entry("target_role", "SYSTEM_ADMIN"),
                        Map.entry("new_username", "successor"),
                        Map.entry("new_display_name", "接任者"),
                        Map.entry("new_password_hash", "x"),
                        Map.entry("reason", "列表测试"),
                        Map.entry("state", "DECLINED"),
                        Map.entry("proposed_by", "security"),
                        Map.entry("proposed_by_role", "SECURITY_ADMIN"),
                        Map.entry("proposed_at", Timestamp.from(Instant.now())),
                        Map.entry("version", 0L)))
                .longValue();
    }

    /** {@code n} copies of the proposal, the copy i for the account {@code targets[from + i]}. */
    private void proposals(long template, List<Long> targets, int from, int n) {
        Clones.of(jdbc, "admin_replacement", template, n, (i, row) -> row.put("target_user_id", targets.get(from + i)));
    }
}
