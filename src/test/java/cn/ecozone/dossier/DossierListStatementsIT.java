package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The dossier list, and the list of their rounds, take the same statements at 10 as at 1,000, and
 * forCandidacies one: copies
 * of one dossier (each in a round of its own, one per candidacy and round), told apart from other
 * tests' by a marker in the subject name that the list's {@code q} finds.
 */
@ApiTest
class DossierListStatementsIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DossierManagement dossiers;

    @Test
    void theListTakesTheSameStatementsAtTenAndAtAThousandDossiers() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        JsonNode round = steps.openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING));
        JsonNode candidacy = steps.candidacy("150000", "150425", "ECO_CIVILIZATION_ZONE");
        JsonNode template = DossierTestSteps.created(
                steps.as(Role.COUNTY_GOVERNMENT, "150425"),
                candidacy,
                round.get("id").asLong());
        String marker = "清单" + System.nanoTime();
        copies(round.get("id").asLong(), template.get("id").asLong(), marker, 10);
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        String list = "/api/dossiers?size=5&sort=subject&q=" + marker;

        JsonNode page = province.get(list).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        JsonNode item = page.get("content").get(0);
        assertThat(item.get("regionName").asString()).isEqualTo("克什克腾旗");
        assertThat(item.get("state").asString()).isEqualTo("DRAFT");
        int atTen = province.statements(list);
        // the rounds' list, searched by the copies' round titles, sorted and exported the same way
        String rounds = "/api/application-rounds?size=5&sort=-title&open=true&q=" + marker;
        assertThat(province.get(rounds).json().get("totalElements").asLong()).isEqualTo(10);
        int roundsAtTen = province.statements(rounds);

        copies(round.get("id").asLong(), template.get("id").asLong(), marker, 990);
        JsonNode full = province.get(list).json();
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the page, its count, and the request's own (the session's user); region names from the cached tree;
        // and the page's one exclusions evaluation (the province's settings, the records, their tasks)
        assertThat(province.statements(list)).isEqualTo(atTen).isEqualTo(6);
        assertThat(province.get(rounds).json().get("totalElements").asLong()).isEqualTo(1000);
        assertThat(province.statements(rounds)).isEqualTo(roundsAtTen);
        // the county's own list holds them; another county's none
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150424")
                        .get(list)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();

        // the latest dossier of the candidacy, for the province's overview
        var latest = dossiers.forCandidacies(List.of(candidacy.get("id").asLong(), -1L));
        assertThat(latest).containsOnlyKeys(candidacy.get("id").asLong());
        assertThat(latest.get(candidacy.get("id").asLong()).subjectName()).startsWith(marker);
    }

    private void copies(long templateRound, long templateDossier, String marker, int n) {
        long offset =
                jdbc.queryForObject("select count(*) from dossier where subject_name like ?", Long.class, marker + "%");
        Clones.of(jdbc, "application_round", templateRound, n, (i, row) -> row.put("title", marker + (offset + i)));
        List<Long> rounds = jdbc.queryForList(
                "select id from application_round where title like ? order by id", Long.class, marker + "%");
        // later than the template whatever the application's clock said when it was made (another test may
        // have moved it), so that a copy is the candidacy's latest dossier on every database
        java.time.Instant made = jdbc.queryForObject(
                        "select created_at from dossier where id = ?", java.sql.Timestamp.class, templateDossier)
                .toInstant();
        Clones.of(jdbc, "dossier", templateDossier, n, (i, row) -> {
            row.put("round_id", rounds.get((int) offset + i));
            row.put("subject_name", marker + " " + (offset + i));
            row.put("created_at", java.sql.Timestamp.from(made.plusSeconds(offset + i + 1)));
        });
    }
}
