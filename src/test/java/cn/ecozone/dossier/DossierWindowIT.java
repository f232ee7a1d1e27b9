package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Application windows: Guizhou's first half of each year (art. 11), Inner Mongolia's rounds per the Ministry's call (art. 9). */
@ApiTest
class DossierWindowIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    DossierTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DossierTestSteps(port, fixtures);
    }

    @Test
    void aGuizhouDossierIsAcceptedOnThirtiethJuneAndRefusedOnFirstJulyWithTheWindowAndItsArticleNamed() {
        int year = LocalDate.now(DossierTestSteps.BEIJING).getYear();
        JsonNode jinsha = steps.candidacy("520000", "520523", "TWO_MOUNTAINS_BASE");
        JsonNode zhijin = steps.candidacy("520000", "520524", "TWO_MOUNTAINS_BASE");

        JsonNode accepted = DossierTestSteps.on(
                clock,
                LocalDate.of(year, 6, 30),
                () -> DossierTestSteps.created(steps.as(Role.COUNTY_GOVERNMENT, "520523"), jinsha, null));
        assertThat(accepted.get("state").asString()).isEqualTo("DRAFT");
        assertThat(accepted.get("regulationVersion").asInt()).isEqualTo(4);
        JsonNode round = accepted.get("round");
        assertThat(round.get("opensOn").asString()).isEqualTo(year + "-01-01");
        assertThat(round.get("closesOn").asString()).isEqualTo(year + "-06-30");
        assertThat(round.get("windowKind").asString()).isEqualTo("FIRST_HALF_OF_YEAR");
        assertThat(round.get("article").asString()).isEqualTo("第十一条");

        Response refused = DossierTestSteps.on(
                clock,
                LocalDate.of(year, 7, 1),
                () -> DossierTestSteps.create(steps.as(Role.COUNTY_GOVERNMENT, "520524"), zhijin, null));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("outside-window");
        assertThat(refused.json().get("detail").asString())
                .contains("每年上半年", "第十一条", year + "-01-01至" + year + "-06-30");
        assertThat(refused.json().toString()).contains("\"field\":\"roundId\"");

        // the same candidacy and round twice is a conflict; the round of the year was made once
        Response twice = DossierTestSteps.on(
                clock,
                LocalDate.of(year, 6, 30),
                () -> DossierTestSteps.create(steps.as(Role.COUNTY_GOVERNMENT, "520523"), jinsha, null));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        JsonNode zhijinInJune = DossierTestSteps.on(
                clock,
                LocalDate.of(year, 1, 1),
                () -> DossierTestSteps.created(steps.as(Role.COUNTY_GOVERNMENT, "520524"), zhijin, null));
        assertThat(zhijinInJune.get("round").get("id").asLong())
                .isEqualTo(round.get("id").asLong());
    }

    @Test
    void innerMongoliaDossiersNeedAnOpenRoundWhichOnlyTheProvincesStaffOpen() {
        LocalDate today = LocalDate.now(DossierTestSteps.BEIJING);
        JsonNode hongshan = steps.candidacy("150000", "150402", "ECO_CIVILIZATION_ZONE");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150402");

        Map<String, Object> round = new HashMap<>();
        round.put("programme", "ECO_CIVILIZATION_ZONE");
        round.put("title", "已截止的批次");
        round.put("opensOn", today.minusDays(60).toString());
        round.put("closesOn", today.minusDays(30).toString());
        round.put("callDocument", "环办生态函〔2025〕9号");
        Response byLeague = steps.as(Role.PREFECTURE_STAFF, "150400").post("/api/application-rounds", round);
        assertThat(byLeague.status()).as(byLeague.toString()).isEqualTo(403);
        Response byGuizhou = steps.as(Role.PROVINCE_STAFF, "520000")
                .post(
                        "/api/application-rounds",
                        Map.of(
                                "programme", "TWO_MOUNTAINS_BASE",
                                "title", "贵州批次",
                                "opensOn", today.toString(),
                                "closesOn", today.plusDays(9).toString(),
                                "callDocument", "无"));
        assertThat(byGuizhou.status()).as(byGuizhou.toString()).isEqualTo(422);
        assertThat(byGuizhou.json().get("detail").asString()).contains("第十一条");
        Response closed = steps.as(Role.PROVINCE_STAFF, "150000").post("/api/application-rounds", round);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(201);
        assertThat(closed.json().get("open").asBoolean()).isFalse();
        assertThat(closed.json().get("article").asString()).isEqualTo("第九条");

        Response noRound = DossierTestSteps.create(county, hongshan, null);
        assertThat(noRound.status()).as(noRound.toString()).isEqualTo(422);
        assertThat(noRound.json().get("detail").asString()).contains("生态环境部", "第九条");
        Response closedRound = DossierTestSteps.create(
                county, hongshan, closed.json().get("id").asLong());
        assertThat(closedRound.status()).as(closedRound.toString()).isEqualTo(422);
        assertThat(closedRound.json().get("detail").asString()).contains("已截止的批次", "第九条");

        JsonNode open = steps.openRound("ECO_CIVILIZATION_ZONE", today);
        assertThat(open.get("open").asBoolean()).isTrue();
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150402")
                        .get("/api/application-rounds?programme=ECO_CIVILIZATION_ZONE")
                        .json()
                        .toString())
                .contains(open.get("title").asString());
        // the league's staff is not the subject
        Response byStaff = DossierTestSteps.create(steps.as(Role.PREFECTURE_STAFF, "150400"), hongshan, null);
        assertThat(byStaff.status()).as(byStaff.toString()).isEqualTo(403);
        JsonNode d = DossierTestSteps.created(county, hongshan, null);
        assertThat(d.get("round").get("id").asLong()).isEqualTo(open.get("id").asLong());
        assertThat(d.get("subjectLevel").asString()).isEqualTo("COUNTY");
        assertThat(d.get("allowedActions").toString()).contains("EDIT", "SUBMIT");
    }

    @Test
    void aRoundDatedOutsideTheCallsAPlatformCanHoldIsA400NamingTheDateAndNoRoundIsOpened() {
        Browser province = steps.as(Role.PROVINCE_STAFF, "150000");
        Map<String, Object> round = new HashMap<>();
        round.put("programme", "ECO_CIVILIZATION_ZONE");
        round.put("title", "日期有误的批次");
        round.put("opensOn", "+10000-01-01");
        round.put("closesOn", "+10000-02-01");
        round.put("callDocument", "环办生态函〔2026〕99号");

        Response farAhead = province.post("/api/application-rounds", round);
        round.put("opensOn", "1999-01-01");
        round.put("closesOn", "1999-02-01");
        Response longAgo = province.post("/api/application-rounds", round);

        assertThat(farAhead.status()).as(farAhead.toString()).isEqualTo(400);
        assertThat(farAhead.json().toString()).contains("opensOn");
        assertThat(longAgo.status()).as(longAgo.toString()).isEqualTo(400);
        assertThat(longAgo.json().toString()).contains("opensOn", "2016-01-01");
        assertThat(province.get("/api/application-rounds?programme=ECO_CIVILIZATION_ZONE")
                        .json()
                        .toString())
                .doesNotContain("日期有误的批次");
    }
}
