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

    @Test
    void sortsByAWhitelistedKeyAndExportsWhatTheListShowsInScope() throws Exception {
        String token = "cs" + UUID.randomUUID().toString().substring(0, 8);
        String user = fixtures.user(Role.PREFECTURE_STAFF, "150900");
        Browser staff = Browser.loggedIn(port, user);
        long first = unit(staff, "150923", token + "-b");
        copies(first, token, 0, 1, "150924");
        jdbc.update("update construction_unit set kind = 'VILLAGE' where name = ?", token + "-0");
        String list = "/api/construction-units?size=100&q=" + token;

        assertThat(names(staff.get(list + "&sort=-name").json())).containsExactly(token + "-b", token + "-0");
        assertThat(names(staff.get(list + "&sort=-region").json())).containsExactly(token + "-0", token + "-b");
        assertThat(names(staff.get(list + "&kind=VILLAGE").json())).containsExactly(token + "-0");
        Response bad = staff.get(list + "&sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        byte[] xlsx = staff.download("/api/construction-units/export?q=" + token + "&kind=PARK");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("建设单元");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("150923");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(token + "-b");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("园区");
        }
        assertThat(jdbc.queryForList(
                        "select reason from audit_record where username = ? and target = 'ConstructionUnit:export'",
                        String.class,
                        user))
                .singleElement()
                .asString()
                .contains("q=" + token)
                .contains("kind=PARK");
        // another league's staff finds none of them, in the list or the export
        Browser other = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150200"));
        assertThat(names(other.get(list).json())).isEmpty();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(other.download("/api/construction-units/export?q=" + token)))) {
            assertThat(workbook.getSheet("建设单元").getLastRowNum()).isZero();
        }
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
