package cn.ecozone.region;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The construction unit list is paged (issue 10): under a region or only at it, filtered by name,
 * sorted by region, name and id, and the same number of SQL statements for a page of 100 of 1,000
 * units as for a page of 5 of 10 (the regions' names come from the cached tree).
 */
@ApiTest
class ConstructionUnitListIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void pagesUnderARegionOrOnlyAtItFilteredByName() {
        String token = "cu" + UUID.randomUUID().toString().substring(0, 8);
        Browser staff = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150900"));
        long county = unit(staff, "150923", token + "-0");
        copies(county, token, 1, 2, "150923");
        copies(county, token, 3, 2, "150923101");

        JsonNode first = staff.get("/api/construction-units?region=150923&size=2&q=" + token)
                .json();
        assertThat(first.get("totalElements").asLong()).isEqualTo(5);
        assertThat(names(first)).containsExactly(token + "-0", token + "-1");
        JsonNode last = staff.get("/api/construction-units?region=150923&size=2&page=2&q=" + token)
                .json();
        assertThat(names(last)).containsExactly(token + "-4");

        JsonNode exact = staff.get("/api/construction-units?region=150923&exact=true&q=" + token)
                .json();
        assertThat(names(exact)).containsExactly(token + "-0", token + "-1", token + "-2");
        JsonNode named = staff.get("/api/construction-units?q=" + token + "-3").json();
        assertThat(names(named)).containsExactly(token + "-3");
        assertThat(named.get("content").get(0).get("regionName").asString()).isNotBlank();
        JsonNode capped =
                staff.get("/api/construction-units?size=100000&q=" + token).json();
        assertThat(capped.get("size").asInt()).isEqualTo(100);
    }

    @Test
    void aPageOfAHundredOfAThousandTakesTheStatementsOfAPageOfFiveOfTen() {
        String token = "cv" + UUID.randomUUID().toString().substring(0, 8);
        Browser staff = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150900"));
        long template = unit(staff, "150924", token + "-t");
        String list = "/api/construction-units?region=150900&q=" + token;

        copies(template, token, 0, 9, "150924");
        JsonNode page = staff.get(list + "&size=5").json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        int atTen = staff.statements(list + "&size=5");

        copies(template, token, 9, 990, "150924");
        JsonNode full = staff.get(list + "&size=100&page=3").json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(100);
        // the page, its count, and the request's own
        assertThat(staff.statements(list + "&size=100&page=3")).isEqualTo(atTen).isEqualTo(3);
    }

    private static long unit(Browser staff, String region, String name) {
        Response created =
                staff.post("/api/construction-units", Map.of("regionCode", region, "name", name, "kind", "PARK"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** {@code n} copies of the unit at the region, named {@code token-i}. */
    private void copies(long template, String token, int from, int n, String region) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, region);
        Clones.of(jdbc, "construction_unit", template, n, (i, row) -> {
            row.put("name", token + "-" + (from + i));
            row.put("region_code", region);
            row.put("region_path", path);
        });
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("content").forEach(u -> names.add(u.get("name").asString()));
        return names;
    }
}
