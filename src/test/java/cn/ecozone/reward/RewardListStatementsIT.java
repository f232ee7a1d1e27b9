package cn.ecozone.reward;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Clones;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The province's reward list takes the same statements at 10 rewards as at 1,000: copies of one reward,
 * told apart from other tests' by a marker in the subject name that the list's {@code q} finds.
 */
@ApiTest
class RewardListStatementsIT {

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

    @Test
    void theRewardListTakesTheSameStatementsAtTenAndAtAThousandRewards() {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        var titled = new TitledSubjects(port, fixtures, jdbc, clock, candidacies)
                .innerMongolia("150430", Role.COUNTY_GOVERNMENT, "TWO_MOUNTAINS_BASE", today);
        Browser province = new DossierTestSteps(port, fixtures).as(Role.PROVINCE_STAFF, "150000");
        JsonNode template = province.post(
                        "/api/titles/" + titled.titleId() + "/rewards",
                        Map.of(
                                "amount", "200000",
                                "awardedOn", today.toString(),
                                "documentNumber", "内财资环〔2026〕9号",
                                "issuingBody", "内蒙古自治区生态环境厅"))
                .json();
        String marker = "奖励清单" + System.nanoTime();
        copies(template.get("id").asLong(), marker, 10);
        String list =
                "/api/rewards?size=5&q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8);

        JsonNode page = ok(province.get(list));
        assertThat(page.get("totalElements").asLong()).isEqualTo(10);
        assertThat(page.get("content").get(0).get("regionName").asString()).isNotBlank();
        int atTen = province.statements(list);

        copies(template.get("id").asLong(), marker, 990);
        JsonNode full = ok(province.get(list));
        assertThat(full.get("totalElements").asLong()).isEqualTo(1000);
        assertThat(full.get("content")).hasSize(5);
        // the page, its count and the request's own (the session's user); region names from the cached tree
        assertThat(province.statements(list)).isEqualTo(atTen).isLessThanOrEqualTo(4);
    }

    private void copies(long template, String marker, int n) {
        long offset =
                jdbc.queryForObject("select count(*) from reward where subject_name like ?", Long.class, marker + "%");
        Clones.of(jdbc, "reward", template, n, (i, row) -> row.put("subject_name", marker + " " + (offset + i)));
    }
}
