package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import tools.jackson.databind.JsonNode;

/**
 * The edition editor's list ({@code GET /api/indicator-drafts}: the published editions and the caller's
 * province's drafts) takes the same statements at 10 drafts as at 1,000 (issue 10): one read of the
 * editions, whatever their number, and the request's own; another province's drafts are not listed. It
 * is not paged: editions are configured by a department, tens of them (docs/performance.md). The drafts
 * are copies of a shipped edition's row, removed afterwards.
 */
@ApiTest
class EditionDraftListStatementsIT {

    private static final String LIST = "/api/indicator-drafts";
    private static final String PREFIX = "ZZ-LIST-";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheCopies() {
        jdbc.update("delete from indicator_edition where code like ?", PREFIX + "%");
    }

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandDrafts() {
        Browser innerMongolia = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "150000"));
        Browser guizhou = Browser.loggedIn(port, fixtures.user(Role.PROVINCE_STAFF, "520000"));
        int guizhouSees = guizhou.get(LIST).json().size();

        drafts(0, 10);
        assertThat(codes(innerMongolia.get(LIST).json()))
                .filteredOn(c -> c.startsWith(PREFIX))
                .hasSize(10);
        int atTen = innerMongolia.statements(LIST);

        drafts(10, 990);
        assertThat(codes(innerMongolia.get(LIST).json()))
                .filteredOn(c -> c.startsWith(PREFIX))
                .hasSize(1000);
        assertThat(guizhou.get(LIST).json()).as("another province's drafts").hasSize(guizhouSees);
        // the editions, and the request's own (the session's user)
        assertThat(innerMongolia.statements(LIST)).isEqualTo(atTen).isEqualTo(2);
    }

    /** {@code n} drafts of Inner Mongolia's province, copies of a shipped edition's row. */
    private void drafts(int from, int n) {
        Map<String, Object> template = new HashMap<>();
        jdbc.queryForMap("select * from indicator_edition where shipped = true order by code fetch first 1 rows only")
                .forEach((column, value) -> template.put(column.toLowerCase(Locale.ROOT), value));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            Map<String, Object> row = new HashMap<>(template);
            row.put("code", PREFIX + i);
            row.put("status", "DRAFT");
            row.put("shipped", false);
            row.put("owner_region_code", "150000");
            row.put("published_at", null);
            row.put("published_by", null);
            rows.add(row);
        }
        @SuppressWarnings("unchecked")
        Map<String, ?>[] batch = rows.toArray(Map[]::new);
        new SimpleJdbcInsert(jdbc)
                .withTableName("indicator_edition")
                .usingColumns(template.keySet().toArray(String[]::new))
                .executeBatch(batch);
    }

    private static List<String> codes(JsonNode list) {
        List<String> codes = new ArrayList<>();
        list.forEach(e -> codes.add(e.get("header").get("code").asString()));
        return codes;
    }
}
