package cn.ecozone.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitledSubjects;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The proposal and rectification lists take the same statements at 10 rows as at 1,000: rows written by
 * JDBC for one county, told apart from other tests' by a marker in the subject name the search finds.
 */
@ApiTest
class EnforcementListStatementsIT {

    private static final String COUNTY = "150206";
    /** The subject whose title the rows name (石拐区; its other title, eco-civ, is ReportListStatementsIT's). */
    private static final String TITLED = "150204";

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
    void theProposalAndRectificationListsTakeTheSameStatementsAtTenAndAtAThousandRows() {
        Browser province = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        String marker = "建议清单" + System.nanoTime();
        // the rows' title and candidacy must exist (V101); one titled subject holds them all
        var title = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia(
                        TITLED,
                        Role.COUNTY_GOVERNMENT,
                        "TWO_MOUNTAINS_BASE",
                        LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).minusYears(1));
        rows(title, marker, 0, 10);
        String proposals = "/api/enforcement-proposals?size=5&regionCode=" + COUNTY + "&search=" + marker;
        // with every filter and an order (issue 14 §6): still the same statements
        String rectifications = "/api/rectifications?size=5&state=OPEN&q=" + marker + "&region=" + COUNTY
                + "&programme=ECO_CIVILIZATION_ZONE&year=2026&sort=-due";
        JsonNode page = province.get(proposals).json();
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isEqualTo("白云鄂博矿区");
        int proposalsAtTen = province.statements(proposals);
        int rectificationsAtTen = province.statements(rectifications);

        rows(title, marker, 10, 990);
        assertThat(province.get(proposals).json().get("totalElements").asLong()).isEqualTo(1000);
        assertThat(province.get(rectifications).json().get("totalElements").asLong())
                .isEqualTo(1000);
        String sortedProposals = proposals + "&programme=ECO_CIVILIZATION_ZONE&sort=subject";
        assertThat(province.statements(sortedProposals)).isEqualTo(proposalsAtTen);
        assertThat(province.statements(proposals)).isEqualTo(proposalsAtTen).isLessThanOrEqualTo(4);
        assertThat(province.statements(rectifications))
                .isEqualTo(rectificationsAtTen)
                .isLessThanOrEqualTo(4);
        // another province's staff sees none of them
        assertThat(new DossierTestSteps(port, fixtures)
                        .as(Role.PROVINCE_STAFF, "520000")
                        .get("/api/enforcement-proposals?search=" + marker)
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    private void rows(TitledSubjects.Titled title, String marker, int from, int n) {
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, COUNTY);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> proposals = new ArrayList<>();
        List<Object[]> orders = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            proposals.add(new Object[] {
                title.titleId(), title.candidacyId(), COUNTY, path, marker + " " + i, "TEST-" + marker + "-" + i, now
            });
            orders.add(new Object[] {title.titleId(), title.candidacyId(), COUNTY, path, marker + " " + i, now});
        }
        jdbc.batchUpdate(
                "insert into enforcement_proposal (title_id, candidacy_id, region_code, region_path, subject_name,"
                        + " programme, regulation_code, regulation_version, sanction_code, allowed, trigger_key,"
                        + " state, opened_at, version) values (?, ?, ?, ?, ?, 'ECO_CIVILIZATION_ZONE',"
                        + " 'IM-ECOCIV-2022', 3, 'KEY_TASKS_UNFINISHED', 'RECTIFICATION', ?, 'OPEN', ?, 0)",
                proposals);
        jdbc.batchUpdate(
                "insert into enforcement_rectification (title_id, candidacy_id, region_code, region_path,"
                        + " subject_name, programme, regulation_code, regulation_version, stage, origin,"
                        + " working_days, ordered_on, state, created_at, version) values (?, ?, ?, ?, ?,"
                        + " 'ECO_CIVILIZATION_ZONE', 'IM-ECOCIV-2022', 3, 'RECTIFICATION', 'PROPOSAL', 60,"
                        + " date '2026-01-05', 'OPEN', ?, 0)",
                orders);
    }
}
