package cn.ecozone.registry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A register list takes the same number of SQL statements at 10 records as at 1,000: the page and its
 * count, region names from the cached tree, no statement per record (its tasks are not read).
 */
@ApiTest
class RegisterListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandRecords() {
        Browser province = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        String marker = "清单计数" + System.nanoTime();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        JsonNode template = RegisterIT.created(
                province, RegisterBodies.valid("INSPECTION_FINDING", "152502", today.minusDays(1), marker));
        long id = template.get("id").asLong();
        copies(id, marker, 9);
        String list = "/api/registers?size=5&kind=INSPECTION_FINDING&q="
                + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8);

        JsonNode page = province.get(list).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isEqualTo("锡林浩特市");
        assertThat(page.get("content").get(0).get("tasks"))
                .as("tasks come with the detail")
                .isEmpty();
        int atTen = province.statements(list);

        copies(id, marker, 990);
        assertThat(province.get(list).json().get("totalElements").asLong()).isEqualTo(1000);
        assertThat(province.statements(list)).isEqualTo(atTen).isEqualTo(3);
    }

    private void copies(long template, String marker, int n) {
        Clones.of(jdbc, "register_record", template, n, (i, row) -> row.put("summary", marker + " 副本 " + i));
    }
}
