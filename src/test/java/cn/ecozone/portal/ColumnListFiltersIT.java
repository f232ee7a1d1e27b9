package cn.ecozone.portal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff's list of their own column: search, filters and order (issue 14 §6) and the export with the
 * same filters (§5), over HTTP: three drafts of county 150927 (no other test writes its column),
 * drafted (set by JDBC) in 2031 and 2032, years no other test uses.
 */
@ApiTest
class ColumnListFiltersIT {

    private static final String COUNTY = "150927";
    private static final String PROGRAMME = "TWO_MOUNTAINS_BASE";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOwnColumnSearchesFiltersSortsAndExportsWhatItShows() {
        String user = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        Browser subject = Browser.loggedIn(port, user);
        String marker = "专栏筛选" + System.nanoTime();
        drafted(subject, marker + " 甲", "PROGRESS", LocalDate.of(2031, 3, 1));
        drafted(subject, marker + " 乙", "RESULT", LocalDate.of(2032, 3, 1));
        drafted(subject, marker + " 丙", "PROGRESS", LocalDate.of(2031, 9, 1));
        String q = "/api/column-items?size=100&programme=" + PROGRAMME + "&q=" + marker;

        assertThat(titles(subject, q)).containsExactly(marker + " 乙", marker + " 丙", marker + " 甲");
        assertThat(titles(subject, q + "&sort=drafted")).containsExactly(marker + " 甲", marker + " 丙", marker + " 乙");
        assertThat(titles(subject, q + "&year=2031&sort=drafted")).containsExactly(marker + " 甲", marker + " 丙");
        assertThat(titles(subject, q + "&kind=RESULT")).containsExactly(marker + " 乙");
        assertThat(titles(subject, q + "&state=PUBLISHED")).isEmpty();
        Response bad = subject.get(q + "&sort=body");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported exported = ListExports.download(
                subject,
                "/api/column-items/export?programme=" + PROGRAMME + "&q=" + marker + "&year=2031&sort=-drafted",
                "公开专栏");
        assertThat(exported.column(0)).containsExactly(marker + " 丙", marker + " 甲");
        assertThat(exported.rows().get(0).get(1)).isEqualTo("实施进展");
        assertThat(exported.rows().get(0).get(2)).isEqualTo("草稿");
        ListExports.audited(jdbc, user, "ColumnItem:export", "q=" + marker, "year=2031");

        // another county's subject sees its own column only
        Browser other = Browser.loggedIn(port, fixtures.user(Role.COUNTY_GOVERNMENT, "150929"));
        assertThat(titles(other, q)).isEmpty();
    }

    private void drafted(Browser subject, String title, String kind, LocalDate on) {
        Response r = subject.post(
                "/api/column-items", Map.of("programme", PROGRAMME, "kind", kind, "title", title, "body", "正文"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        jdbc.update(
                "update column_item set drafted_at = ? where id = ?",
                Timestamp.from(on.atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant()),
                r.json().get("id").asLong());
    }

    private static List<String> titles(Browser who, String url) {
        Response r = who.get(url);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        r.json().get("content").forEach(c -> titles.add(c.get("title").asString()));
        return titles;
    }
}
