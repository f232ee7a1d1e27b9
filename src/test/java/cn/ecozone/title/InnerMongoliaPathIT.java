package cn.ecozone.title;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Inner Mongolia chains on the engine with IM-ECOCIV-2022 v2 (county and league subjects): the
 * league bureau's initial selection, the divisions' parallel examination (two at once, a return to the
 * subject), the block at the first step that needs another module's record, and the subject's receipt
 * of its submission on the national platform (art. 16) on a run pinned to v1, whose steps require no
 * record before it.
 */
@ApiTest
class InnerMongoliaPathIT {

    private static final String PROVINCE = "150000";
    private static final String ORDOS = "150600";
    private static final String WUHAI = "150300";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    TitleTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new TitleTestSteps(port, fixtures, jdbc);
        // the department's divisions examine in parallel (art. 14(一)): two at least
        Long divisions = jdbc.queryForObject(
                "select count(*) from organization where kind = 'DIVISION' and region_code = ?", Long.class, PROVINCE);
        for (long i = divisions; i < 2; i++) {
            fixtures.organization(OrganizationKind.DIVISION, PROVINCE);
        }
    }

    private long round() {
        return round("ECO_CIVILIZATION_ZONE");
    }

    private long round(String programme) {
        return steps.dossiers
                .openRound(programme, LocalDate.now(clock))
                .get("id")
                .asLong();
    }

    /** A reviewer of each division that holds an open task of the run's division check. */
    private List<Browser> divisionReviewers(JsonNode d) {
        List<Long> organizations = jdbc.queryForList(
                "select assignee_organization_id from procedure_task where run_id = ? and step_code = 'DIVISION_CHECK'"
                        + " and state = 'OPEN' order by id",
                Long.class,
                d.get("run").get("id").asLong());
        assertThat(organizations).isNotEmpty();
        return organizations.stream()
                .map(org -> {
                    Browser b = new Browser(port);
                    b.login(fixtures.userIn(Role.DIVISION_REVIEWER, org), Fixtures.PASSWORD);
                    return b;
                })
                .toList();
    }

    private JsonNode atDivisionCheck(String county, long round) {
        JsonNode candidacy = steps.dossiers.candidacy(PROVINCE, county, "ECO_CIVILIZATION_ZONE");
        JsonNode d = steps.submittedInnerMongolia(candidacy, Role.COUNTY_GOVERNMENT, county, round);
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("INITIAL_SELECTION");
        assertThat(d.get("run").get("definitionVersion").asInt()).isEqualTo(3);
        // art. 13: the league bureau's initial selection
        return TitleTestSteps.step(steps.as(Role.PREFECTURE_STAFF, ORDOS), d, null, "DIVISION_CHECK");
    }

    private static long expertScoringTasks(JdbcTemplate jdbc, JsonNode d) {
        return jdbc.queryForObject(
                "select count(*) from procedure_task where run_id = ? and step_code = 'EXPERT_SCORING'",
                Long.class,
                d.get("run").get("id").asLong());
    }

    @Test
    void twoDivisionReviewersActingAtOnceOneWinsTheStaleOneIsAConflictAndTheJoinHappensOnce() throws Exception {
        JsonNode d = atDivisionCheck("150621", round());
        List<Browser> reviewers = divisionReviewers(d);
        assertThat(reviewers).hasSizeGreaterThanOrEqualTo(2);
        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        for (Browser b : reviewers.subList(0, reviewers.size() - 2)) {
            d = ok(TitleTestSteps.act(b, d, null));
            assertThat(TitleTestSteps.currentStep(d)).isEqualTo("DIVISION_CHECK");
        }
        JsonNode seen = d;
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Response>> both = reviewers.subList(reviewers.size() - 2, reviewers.size()).stream()
                .map(b -> CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return TitleTestSteps.act(b, seen, null);
                }))
                .toList();
        go.countDown();
        List<Response> answers = both.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(Response::status).sorted().toList())
                .as(answers.toString())
                .containsExactly(200, 409);
        Browser loser = answers.get(0).status() == 409
                ? reviewers.get(reviewers.size() - 2)
                : reviewers.get(reviewers.size() - 1);
        assertThat(expertScoringTasks(jdbc, d)).isZero();

        JsonNode fresh = ok(loser.get(DossierTestSteps.path(d)));
        JsonNode joined = ok(TitleTestSteps.act(loser, fresh, null));
        assertThat(TitleTestSteps.currentStep(joined)).isEqualTo("EXPERT_SCORING");
        assertThat(expertScoringTasks(jdbc, d)).isEqualTo(1);

        // IM art. 14(二): the panel's record is the review module's; without it the step does not complete
        Response blocked = TitleTestSteps.act(province, ok(province.get(DossierTestSteps.path(d))), "PASS");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(TitleTestSteps.currentStep(ok(province.get(DossierTestSteps.path(d)))))
                .isEqualTo("EXPERT_SCORING");
    }

    @Test
    void aDivisionsReturnSendsTheDossierBackToTheSubjectWithTheDivisionsReasons() {
        JsonNode d = atDivisionCheck("150622", round());
        Browser reviewer = divisionReviewers(d).get(0);
        JsonNode returned = ok(DossierTestSteps.action(reviewer, d, "RETURN", "污水处理率指标证明材料不全"));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        Browser county = steps.as(Role.COUNTY_GOVERNMENT, "150622");
        JsonNode seen = ok(county.get(DossierTestSteps.path(d)));
        assertThat(seen.get("state").asString()).isEqualTo("RETURNED");
        assertThat(seen.get("run").get("timeline").toString()).contains("污水处理率指标证明材料不全");
        assertThat(seen.get("allowedActions").toString()).contains("SUBMIT");
    }

    @Test
    void theLeagueGovernmentChecksItsOwnDossierSoItGoesStraightToTheDivisions() {
        // the Two Mountains chain (IM art. 11) has the same league path; its league needs no indicator values
        long round = round("TWO_MOUNTAINS_BASE");
        JsonNode candidacy = steps.dossiers.candidacy(PROVINCE, WUHAI, "TWO_MOUNTAINS_BASE");
        JsonNode d = steps.submittedInnerMongolia(candidacy, Role.PREFECTURE_GOVERNMENT, WUHAI, round);
        // art. 13: a league or city subject checks its own dossier, in place of the initial selection
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("DIVISION_CHECK");
        assertThat(d.get("run").get("timeline").toString()).doesNotContain("INITIAL_SELECTION");
    }

    @Test
    void theSubjectRecordsItsNationalPlatformSubmissionWithItsReceiptAndTheStepCompletes() {
        long round = round();
        String county = "150623";
        JsonNode candidacy = steps.candidacyPinnedTo(PROVINCE, county, "ECO_CIVILIZATION_ZONE", 1);
        JsonNode d = steps.submittedInnerMongolia(candidacy, Role.COUNTY_GOVERNMENT, county, round);
        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        d = TitleTestSteps.step(steps.as(Role.PREFECTURE_STAFF, ORDOS), d, null, "DIVISION_CHECK");
        for (Browser b : divisionReviewers(d)) {
            d = ok(TitleTestSteps.act(b, d, null));
        }
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("EXPERT_SCORING");
        d = TitleTestSteps.step(province, d, "PASS", "PUBLICITY");
        d = TitleTestSteps.step(province, d, null, "PRE_REVIEW_OPINION");
        d = TitleTestSteps.step(province, d, null, "NATIONAL_PLATFORM");

        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, county);
        String path = "/api/platform-receipts/" + d.get("id").asLong();
        LocalDate today = LocalDate.now(clock);
        long version = TitleTestSteps.runVersion(d);
        Response nothing = subject.post(path, receipt(today, " ", version));
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.body()).contains("receiptNumber");
        Response future = subject.post(path, receipt(today.plusDays(1), "GJPT-2026-0001", version));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("submittedOn");
        // the province does not submit on the subject's behalf; another county does not see the dossier
        assertThat(province.post(path, receipt(today, "GJPT-2026-0001", version))
                        .status())
                .isEqualTo(403);
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150624")
                        .post(path, receipt(today, "GJPT-2026-0001", version))
                        .status())
                .isEqualTo(404);
        assertThat(subject.get(path).status()).isEqualTo(404);

        JsonNode recorded = ok(subject.post(path, receipt(today, "GJPT-2026-0001", version)));
        assertThat(recorded.get("receiptNumber").asString()).isEqualTo("GJPT-2026-0001");
        assertThat(recorded.get("submittedOn").asString()).isEqualTo(today.toString());
        JsonNode after = ok(subject.get(DossierTestSteps.path(d)));
        assertThat(after.get("run").get("state").asString()).isEqualTo("FINISHED");
        assertThat(ok(province.get(path)).get("receiptNumber").asString()).isEqualTo("GJPT-2026-0001");
        assertThat(subject.post(path, receipt(today, "GJPT-2026-0002", TitleTestSteps.runVersion(after)))
                        .status())
                .isEqualTo(409);
    }

    private static Map<String, Object> receipt(LocalDate on, String number, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("submittedOn", on.toString());
        body.put("receiptNumber", number);
        body.put("version", version);
        return body;
    }
}
