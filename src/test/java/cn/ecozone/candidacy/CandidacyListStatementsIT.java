package cn.ecozone.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The candidacy list takes the same number of SQL statements per request at 10 candidacies as at 1,000
 * (issue 10). The candidacies are copies of one, told apart from other tests' by a marker in the subject
 * name that the list's {@code q} filter finds; the counted pages are full at 10 as at 1,000.
 */
@ApiTest
class CandidacyListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandCandidacies() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        JsonNode template = CandidacyIT.created(province, "152527", "ECO_CIVILIZATION_ZONE");
        String marker = "储备清单" + System.nanoTime();
        copies(template.get("id").asLong(), marker, 10);
        String list = "/api/candidacies?size=5&q=" + marker;

        JsonNode page = province.get(list).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("regionName").asString()).isNotBlank();
        assertThat(item.has("allowedActions")).isTrue();
        assertThat(item.get("timeline")).as("details come with the detail").isEmpty();
        int atTen = province.statements(list);

        copies(template.get("id").asLong(), marker, 990);
        JsonNode full = province.get(list).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the page, its count, and the request's own (the session's user); region names from the cached tree
        assertThat(province.statements(list)).isEqualTo(atTen).isEqualTo(3);
    }

    private void copies(long template, String marker, int n) {
        long offset = jdbc.queryForObject(
                "select count(*) from candidacy where subject_name like ?", Long.class, marker + "%");
        Clones.of(jdbc, "candidacy", template, n, (i, row) -> {
            row.put("subject_name", marker + " " + (offset + i));
            row.put("active_key", marker + ":" + (offset + i));
        });
    }
}
