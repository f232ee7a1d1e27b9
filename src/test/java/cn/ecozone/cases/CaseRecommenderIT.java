package cn.ecozone.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may recommend a typical case is the regulation's data ({@code typical_cases.recommenders}): in
 * Xilingol any banner recommends, titled or not (001 第13条: 各旗县市（区）…推荐); in Guizhou only a region
 * holding a valid title of the base (002 第十七条: 贵州省“两山”基地), so an untitled county is refused with the
 * article and nothing is created, and a titled county creates its case.
 */
@ApiTest
class CaseRecommenderIT {

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
    void anUntitledBannerRecommendsInXilingolButOnlyATitledCountyInGuizhou() {
        LocalDate today = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING));
        CaseTestSteps steps = new CaseTestSteps(port, fixtures, jdbc);

        // Xilingol: a banner without any title drafts its case
        Browser banner = steps.as(Role.COUNTY_GOVERNMENT, "152531");
        assertThat(CaseTestSteps.draft(banner, "未获称号旗县的转化案例", today.getYear())
                        .get("state")
                        .asString())
                .isEqualTo("DRAFT");

        // Guizhou: an untitled county is refused with the article, nothing is created
        Browser untitled = steps.as(Role.COUNTY_GOVERNMENT, "520203");
        Map<String, Object> gz = CaseTestSteps.input("竹产业转化路径", today.getYear());
        gz.put("programme", "TWO_MOUNTAINS_BASE");
        Response refused = untitled.post("/api/cases", gz);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.body()).contains("第十七条", "称号");
        assertThat(jdbc.queryForObject("select count(*) from typical_case where region_code = '520203'", Integer.class))
                .isZero();

        // a county holding a valid title of the base recommends
        new TitledSubjects(port, fixtures, jdbc, clock, candidacies).guizhou("520201", today.minusYears(1));
        Browser titled = steps.as(Role.COUNTY_GOVERNMENT, "520201");
        Response created = titled.post("/api/cases", gz);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(CaseTestSteps.recommend(titled, created.json()).get("state").asString())
                .isEqualTo("REVIEWING");
    }
}
