package cn.ecozone.title;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A title's state is read from its dates (docs/title.md): nothing runs when the validity ends. Uses the
 * {@link TitledSubjects} fixture the issue 13 modules share.
 */
@ApiTest
class TitleExpiryIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CandidacyManagement candidacies;

    @Autowired
    TitleRecords records;

    @Test
    void aTitleWhoseLastValidDayHasPassedReadsExpiredAndARecentOneValid() {
        TitledSubjects titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies);
        LocalDate today = LocalDate.now(clock.withZone(cn.ecozone.dossier.DossierTestSteps.BEIJING));
        var old = titled.guizhou("522732", today.minusYears(3)); // valid to yesterday
        var recent = titled.innerMongolia("150724", Role.COUNTY_GOVERNMENT, "ECO_CIVILIZATION_ZONE", today);

        Browser gz = new TitleTestSteps(port, fixtures, jdbc).as(Role.PROVINCE_STAFF, "520000");
        JsonNode expired =
                ok(gz.get("/api/titles?regionCode=522732")).get("content").get(0);
        assertThat(expired.get("id").asLong()).isEqualTo(old.titleId());
        assertThat(expired.get("validUntil").asString())
                .isEqualTo(today.minusDays(1).toString());
        assertThat(expired.get("state").asString()).isEqualTo("EXPIRED");

        Browser im = new TitleTestSteps(port, fixtures, jdbc).as(Role.PROVINCE_STAFF, "150000");
        JsonNode valid =
                ok(im.get("/api/titles?regionCode=150724")).get("content").get(0);
        assertThat(valid.get("id").asLong()).isEqualTo(recent.titleId());
        assertThat(valid.get("state").asString()).isEqualTo("VALID");
        assertThat(ok(im.get("/api/candidacies/" + recent.candidacyId()))
                        .get("state")
                        .asString())
                .isEqualTo("TITLED");
    }
}
