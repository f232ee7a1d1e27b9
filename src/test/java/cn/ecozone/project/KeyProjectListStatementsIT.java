package cn.ecozone.project;

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
 * The key project list takes the same number of SQL statements per request at 10 projects as at 1,000
 * (issue 10). The projects are copies of one, told apart from other tests' by a marker in the name
 * that the list's {@code q} filter finds; the counted pages are full at 10 as at 1,000.
 */
@ApiTest
class KeyProjectListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandProjects() {
        Browser county = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "152502"));
        String marker = "项目清单" + System.nanoTime();
        JsonNode template = KeyProjectIT.created(county, marker + " 模板");
        copies(template.get("id").asLong(), marker, 9);
        String list = "/api/key-projects?size=5&q=" + marker;

        JsonNode page = county.get(list).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("regionName").asString()).isNotBlank();
        assertThat(item.get("history")).as("details come with the detail").isEmpty();
        int atTen = county.statements(list);

        copies(template.get("id").asLong(), marker, 990);
        JsonNode full = county.get(list).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the page, its count, and the request's own (the session's user); region names from the cached tree
        assertThat(county.statements(list)).isEqualTo(atTen).isEqualTo(3);
    }

    private void copies(long template, String marker, int n) {
        long offset =
                jdbc.queryForObject("select count(*) from key_project where name like ?", Long.class, marker + "%");
        Clones.of(jdbc, "key_project", template, n, (i, row) -> row.put("name", marker + " " + (offset + i)));
    }
}
