package cn.ecozone.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff's title list sorts by a whitelisted key, filters, and exports what it shows, audited (issue
 * 14 §5/§6). One title of 扎赉诺尔区 (no other test writes there) for 两山 bases, named in 2011, and two
 * copies (each of a copied, closed candidacy), told apart by a marker in the subject's name.
 */
@ApiTest
class TitleListFiltersIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    CandidacyManagement candidacies;

    @Test
    void theListSortsFiltersAndExportsWhatItShowsInScopeOnly() {
        TitledSubjects titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        var title =
                titled.innerMongolia("150703", Role.COUNTY_GOVERNMENT, "TWO_MOUNTAINS_BASE", LocalDate.of(2011, 6, 1));
        String marker = "称号筛选" + System.nanoTime();
        jdbc.update("update title set subject_name = ? where id = ?", marker + " A", title.titleId());
        // withdrawn copies (no active key), each only there to hold a title of its own
        Clones.of(jdbc, "candidacy", title.candidacyId(), 2, (i, row) -> {
            row.put("active_key", null);
            row.put("state", "WITHDRAWN");
        });
        List<Long> copies = jdbc.queryForList(
                "select id from candidacy where region_code = '150703' and programme = 'TWO_MOUNTAINS_BASE'"
                        + " and id > ? order by id",
                Long.class,
                title.candidacyId());
        Clones.of(jdbc, "title", title.titleId(), 2, (i, row) -> {
            row.put("candidacy_id", copies.get(i));
            row.put("subject_name", marker + (i == 0 ? " B" : " C"));
            row.put("named_on", Date.valueOf(LocalDate.of(i == 0 ? 2011 : 2012, 3, 1)));
            row.put("valid_until", Date.valueOf(LocalDate.of(i == 0 ? 2014 : 2015, 2, 28)));
        });
        String user = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, user);

        assertThat(subjects(province, "q=" + marker + "&sort=subject"))
                .containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(subjects(province, "q=" + marker + "&sort=-named"))
                .containsExactly(marker + " C", marker + " A", marker + " B");
        assertThat(subjects(province, "q=" + marker + "&year=2011&sort=named"))
                .containsExactly(marker + " B", marker + " A");
        assertThat(subjects(province, "q=" + marker + "&programme=ECO_CIVILIZATION_ZONE"))
                .isEmpty();
        Response bad = province.get("/api/titles?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");

        ListExports.Exported exported =
                ListExports.download(province, "/api/titles/export?q=" + marker + "&year=2011&sort=-subject", "称号");
        assertThat(exported.column(0)).containsExactly(marker + " B", marker + " A");
        assertThat(exported.rows().get(0).get(2)).isEqualTo("扎赉诺尔区");
        assertThat(exported.rows().get(1).get(6)).isEqualTo("2011-06-01");
        ListExports.audited(jdbc, user, "Title:export", "q=" + marker, "year=2011", "sort=-subject");

        // another league's staff sees none of them, in the list or the export
        Browser otherLeague = Browser.loggedIn(port, fixtures.user(Role.PREFECTURE_STAFF, "150800"));
        assertThat(subjects(otherLeague, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(otherLeague, "/api/titles/export?q=" + marker, "称号")
                        .rows())
                .isEmpty();
    }

    private static List<String> subjects(Browser who, String query) {
        Response r = who.get("/api/titles?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().get("content").forEach(t -> names.add(t.get("subjectName").asString()));
        return names;
    }
}
