package cn.ecozone.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The year's list of annual evaluations takes the same statements at 10 evaluations as at 1,000: copies
 * of one submitted self-assessment of 正蓝旗 (152530), each of a withdrawn copy of its candidacy, in a
 * yearly round of a far year (2090) made by copying the platform's round, so that no other test's round
 * holds them.
 */
@ApiTest
class AnnualEvaluationListStatementsIT {

    private static final int FAR_YEAR = 2090;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void theYearsListTakesTheSameStatementsAtTenAndAtAThousandEvaluations() {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        JsonNode candidacy = steps.candidacy("150000", "152530", "TWO_MOUNTAINS_AREA");
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "152530");
        JsonNode d = DossierTestSteps.complete(subject, DossierTestSteps.created(subject, candidacy, null));
        d = DossierTestSteps.ok(DossierTestSteps.submit(subject, d));
        long template = d.get("id").asLong();
        long thisRound = d.get("round").get("id").asLong();
        // the far year's round, a copy of this year's; the template moves there, out of this year's round
        LocalDate opens = LocalDate.of(FAR_YEAR + 1, 1, 1);
        Clones.of(jdbc, "application_round", thisRound, 1, (i, row) -> {
            row.put("opens_on", Date.valueOf(opens));
            row.put("closes_on", Date.valueOf(LocalDate.of(FAR_YEAR + 1, 12, 31)));
            row.put("title", (FAR_YEAR + 1) + "年度申报");
        });
        long farRound = jdbc.queryForObject(
                "select id from application_round where regulation_code = 'XL-TWOMTN' and opens_on = ?",
                Long.class,
                Date.valueOf(opens));
        jdbc.update("update dossier set round_id = ? where id = ?", farRound, template);
        copies(candidacy.get("id").asLong(), template, farRound, 9);

        Browser office = steps.as(Role.COMMITTEE_OFFICE, "152500");
        String list = "/api/annual-evaluations?year=" + FAR_YEAR + "&size=5";
        JsonNode page = office.get(list).json();
        assertThat(page.get("roundId").asLong()).isEqualTo(farRound);
        assertThat(page.get("evaluations").get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("evaluations").get("content").get(0).get("stage").asString())
                .isEqualTo("UNDER_REVIEW");
        int atTen = office.statements(list);

        copies(candidacy.get("id").asLong(), template, farRound, 990);
        JsonNode full = office.get(list).json();
        assertThat(full.get("evaluations").get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("evaluations").get("content")).hasSize(5);
        assertThat(office.statements(list)).isEqualTo(atTen);
        // another banner sees none of them
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "152531")
                        .get(list)
                        .json()
                        .get("evaluations")
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    /** {@code n} copies of the dossier in the round, each of its own withdrawn copy of the candidacy. */
    private void copies(long templateCandidacy, long templateDossier, long round, int n) {
        long before = jdbc.queryForObject("select max(id) from candidacy", Long.class);
        Clones.of(jdbc, "candidacy", templateCandidacy, n, (i, row) -> {
            row.put("active_key", null);
            row.put("state", "WITHDRAWN");
        });
        List<Long> candidacies =
                jdbc.queryForList("select id from candidacy where id > ? order by id", Long.class, before);
        Clones.of(jdbc, "dossier", templateDossier, n, (i, row) -> {
            row.put("candidacy_id", candidacies.get(i));
            row.put("round_id", round);
        });
    }
}
