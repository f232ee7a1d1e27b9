package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.ListExports;
import cn.ecozone.support.Response;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dossier list searches, filters by state and round year, sorts by a whitelisted key, and exports
 * what it shows, audited (issue 14 §5/§6). Three copies of one dossier of 扎赉诺尔区 (no other test
 * writes there), each in a round of its own, told apart by a marker in the subject name.
 */
@ApiTest
class DossierListFiltersIT {

    private static final String COUNTY = "150703";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theListFiltersSortsAndExportsWhatItShowsInScopeOnly() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        JsonNode round = steps.openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING));
        JsonNode candidacy = steps.candidacy("150000", COUNTY, "ECO_CIVILIZATION_ZONE");
        JsonNode template = DossierTestSteps.created(
                steps.as(Role.COUNTY_GOVERNMENT, COUNTY),
                candidacy,
                round.get("id").asLong());
        // closed again at once, so that no later test finds an Inner Mongolia round open that it did not open
        close(round.get("id").asLong());
        // and the candidacy withdrawn, so that NoticeListFiltersIT may put up the county's candidacy too
        jdbc.update(
                "update candidacy set state = 'WITHDRAWN', active_key = null where id = ?",
                candidacy.get("id").asLong());
        String marker = "材料筛选" + System.nanoTime();
        copies(round.get("id").asLong(), template.get("id").asLong(), marker);
        String provinceUser = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser province = Browser.loggedIn(port, provinceUser);

        assertThat(subjects(province, "q=" + marker + "&sort=subject"))
                .containsExactly(marker + " A", marker + " B", marker + " C");
        assertThat(subjects(province, "q=" + marker + "&sort=-subject"))
                .containsExactly(marker + " C", marker + " B", marker + " A");
        assertThat(subjects(province, "q=" + marker + "&state=RETURNED")).containsExactly(marker + " B");
        assertThat(subjects(province, "q=" + marker + "&year=2031")).containsExactly(marker + " C");
        assertThat(subjects(province, "q=" + marker + "&regionCode=150702")).isEmpty();

        Response bad = province.get("/api/dossiers?sort=region_path");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        Response badYear = province.get("/api/dossiers?year=99999");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().get("errors").get(0).get("field").asString()).isEqualTo("year");

        ListExports.Exported exported = ListExports.download(
                province, "/api/dossiers/export?q=" + marker + "&state=DRAFT&sort=-subject", "申报材料");
        assertThat(exported.column("创建主体")).containsExactly(marker + " C", marker + " A");
        assertThat(exported.column("行政区划名称")).containsOnly("扎赉诺尔区");
        assertThat(exported.column("状态")).containsOnly("编制中");
        ListExports.audited(jdbc, provinceUser, "Dossier:export", "state=DRAFT", "q=" + marker, "sort=-subject");

        // out of scope: another county's government and another league's staff see none of them
        assertThat(subjects(steps.as(Role.COUNTY_GOVERNMENT, "150702"), "q=" + marker))
                .isEmpty();
        Browser otherLeague = steps.as(Role.PREFECTURE_STAFF, "150800");
        assertThat(subjects(otherLeague, "q=" + marker)).isEmpty();
        assertThat(ListExports.download(otherLeague, "/api/dossiers/export?q=" + marker, "申报材料")
                        .rows())
                .isEmpty();
    }

    /** A (draft), B (returned) in rounds opening now, C (draft) in a round opening in 2031. */
    private void copies(long templateRound, long templateDossier, String marker) {
        Clones.of(jdbc, "application_round", templateRound, 3, (i, row) -> {
            row.put("title", marker + " " + i);
            if (i == 2) {
                row.put("opens_on", Date.valueOf(LocalDate.of(2031, 3, 1)));
                row.put("closes_on", Date.valueOf(LocalDate.of(2031, 3, 1)));
            }
        });
        List<Long> rounds = jdbc.queryForList(
                "select id from application_round where title like ? order by id", Long.class, marker + "%");
        String[] names = {"A", "B", "C"};
        Clones.of(jdbc, "dossier", templateDossier, 3, (i, row) -> {
            row.put("round_id", rounds.get(i));
            row.put("subject_name", marker + " " + names[i]);
            row.put("state", i == 1 ? "RETURNED" : "DRAFT");
        });
    }

    private void close(long round) {
        jdbc.update("update application_round set closes_on = opens_on where id = ?", round);
    }

    private static List<String> subjects(Browser who, String query) {
        Response r = who.get("/api/dossiers?size=100&" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        r.json().get("content").forEach(d -> names.add(d.get("subjectName").asString()));
        return names;
    }
}
