package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
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
 * The administrator replacement list reads its proposals' target accounts in one statement, not one
 * per proposal (issue 10: no query per row): the same statements at 10 declined proposals, each for
 * another account, as at 1,000. (The list is not paged yet, see docs/performance.md.)
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
        JsonNode list = security.get("/api/admin-replacements").json();
        assertThat(list.findValuesAsString("targetUsername")).contains(template, token + ".8");
        int atTen = security.statements("/api/admin-replacements");

        proposals(templateProposal, targets, 9, 990);
        assertThat(security.get("/api/admin-replacements").json().findValuesAsString("targetUsername"))
                .contains(token + ".998");
        // the proposals, their target accounts, and the request's own
        assertThat(security.statements("/api/admin-replacements"))
                .isEqualTo(atTen)
                .isEqualTo(3);
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
