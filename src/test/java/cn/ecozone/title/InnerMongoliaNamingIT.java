package cn.ecozone.title;

import static cn.ecozone.dossier.DossierTestSteps.ok;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.procedure.StepRequirement;
import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.StepKind;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The Inner Mongolia county path on IM-ECOCIV-2022 v2 through the real modules, every step by its
 * role: the league's initial selection, the divisions, the expert panel (review: scored, closed, passed),
 * the department's publicity (publicity: 5 working days, completed), the pre-review opinion (opinion:
 * issued, steps completed), the subject's national-platform receipt and the department's record of the
 * Ministry's result: one county named (a 3-year title, uncertain, the candidacy titled), one not (the
 * run ends, no title).
 */
@ApiTest
class InnerMongoliaNamingIT {

    private static final String PROVINCE = "150000";
    private static final String ORDOS = "150600";
    private static final String NAMED = "150626";
    private static final String NOT_NAMED = "150627";

    @LocalServerPort
    int port;

    @Autowired
    List<StepRequirement> requirements;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    Instant before;
    TitleTestSteps steps;

    @BeforeEach
    void setUp() {
        before = clock.instant();
        steps = new TitleTestSteps(port, fixtures, jdbc);
        if (jdbc.queryForObject(
                        "select count(*) from organization where kind = 'DIVISION' and region_code = ?",
                        Long.class,
                        PROVINCE)
                == 0) {
            fixtures.organization(OrganizationKind.DIVISION, PROVINCE);
        }
    }

    @AfterEach
    void putTheClockBack() {
        clock.set(before);
    }

    private void on(LocalDate day) {
        clock.set(day.atTime(12, 0).atZone(DossierTestSteps.BEIJING).toInstant());
    }

    private JsonNode atExpertScoring(String county, long round) {
        JsonNode candidacy = steps.dossiers.candidacy(PROVINCE, county, "ECO_CIVILIZATION_ZONE");
        JsonNode d = steps.submittedInnerMongolia(candidacy, Role.COUNTY_GOVERNMENT, county, round);
        d = TitleTestSteps.step(steps.as(Role.PREFECTURE_STAFF, ORDOS), d, null, "DIVISION_CHECK"); // art. 13
        List<Long> divisions = jdbc.queryForList(
                "select assignee_organization_id from procedure_task where run_id = ? and step_code = 'DIVISION_CHECK'"
                        + " and state = 'OPEN'",
                Long.class,
                d.get("run").get("id").asLong());
        for (long org : divisions) { // art. 14(一)
            Browser reviewer = new Browser(port);
            reviewer.login(fixtures.userIn(Role.DIVISION_REVIEWER, org), Fixtures.PASSWORD);
            d = ok(TitleTestSteps.act(reviewer, d, null));
        }
        assertThat(TitleTestSteps.currentStep(d)).isEqualTo("EXPERT_SCORING");
        return d;
    }

    private static JsonNode created(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    @Test
    void theMinistrysResultNamesOneCountyWithAThreeYearTitleAndEndsTheOthersRunWithoutOne() {
        LocalDate today = LocalDate.now(clock);
        long round = steps.dossiers
                .openRound("ECO_CIVILIZATION_ZONE", today)
                .get("id")
                .asLong();
        JsonNode named = atExpertScoring(NAMED, round);
        JsonNode notNamed = atExpertScoring(NOT_NAMED, round);
        List<Long> ids = List.of(named.get("id").asLong(), notNamed.get("id").asLong());
        Browser province = steps.as(Role.PROVINCE_STAFF, PROVINCE);

        // art. 14(二): a panel of three pool experts scores both and closes; the department passes both
        String field = "命名" + System.nanoTime();
        List<Browser> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = fixtures.user(Role.EXPERT, PROVINCE);
            long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
            Browser expert = new Browser(port);
            expert.login(username, Fixtures.PASSWORD);
            experts.add(expert);
            Map<String, Object> body = new HashMap<>();
            body.put("name", "命名专家" + userId);
            body.put("fields", List.of("生态", field));
            body.put("organization", "命名专家单位" + userId);
            body.put("orgRegionCode", "150102");
            body.put("title", "教授");
            body.put("contact", "0471-0000000");
            body.put("userId", userId);
            created(province.post("/api/review/experts", body));
        }
        JsonNode panel = created(province.post(
                "/api/review/panels",
                Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 3)));
        long panelId = panel.get("id").asLong();
        for (long dossier : ids) {
            for (Browser expert : experts) {
                Map<String, Object> sheet = new HashMap<>();
                sheet.put("scores", Map.of("COMPLETENESS", 8, "CONFORMITY", 8, "INDICATORS_3Y", 8));
                sheet.put("opinion", "材料齐全，指标达标（测试意见）");
                sheet.put("submit", true);
                ok(expert.put("/api/review/my-panels/" + panelId + "/dossiers/" + dossier + "/sheet", sheet));
            }
        }
        long panelVersion =
                ok(province.get("/api/review/panels/" + panelId)).get("version").asLong();
        ok(province.post("/api/review/panels/" + panelId + "/close", Map.of("version", panelVersion)));
        for (long dossier : ids) {
            ok(province.post(
                    "/api/review/panels/" + panelId + "/dossiers/" + dossier + "/decision",
                    Map.of("decision", "PASS")));
        }

        // art. 14(三): the department's publicity on the portal, 5 working days, then completed
        LocalDate published = today.plusDays(1);
        Map<String, Object> notice = new HashMap<>();
        notice.put("roundId", round);
        notice.put("stepCode", "PUBLICITY");
        notice.put("dossierIds", ids);
        notice.put("title", "拟推荐国家生态文明建设示范区名单公示（命名测试）");
        notice.put("documentNumber", "内环函〔2026〕99号");
        notice.put("publishedOn", published.toString());
        notice.put("endsOn", null);
        JsonNode drafted = created(province.post("/api/publicity/notices", notice));
        long noticeId = drafted.get("id").asLong();
        on(published);
        province = steps.as(Role.PROVINCE_STAFF, PROVINCE); // a session does not outlive a day's jump of the clock
        ok(province.post(
                "/api/publicity/notices/" + noticeId + "/publish",
                Map.of("version", drafted.get("version").asLong())));
        LocalDate after = today.plusDays(20);
        on(after);
        province = steps.as(Role.PROVINCE_STAFF, PROVINCE);
        long noticeVersion = ok(province.get("/api/publicity/notices/" + noticeId))
                .get("version")
                .asLong();
        ok(province.post("/api/publicity/notices/" + noticeId + "/complete", Map.of("version", noticeVersion)));

        // art. 15: the pre-review opinion, issued, completes the step for both
        JsonNode opinion =
                created(province.post("/api/opinions", Map.of("roundId", round, "stepCode", "PRE_REVIEW_OPINION")));
        long opinionId = opinion.get("id").asLong();
        ok(province.post(
                "/api/opinions/" + opinionId + "/issue",
                Map.of("version", opinion.get("version").asLong())));
        ok(province.post("/api/opinions/" + opinionId + "/complete-steps", Map.of()));

        // art. 16: each subject records its submission on the national platform with the receipt
        for (String county : List.of(NAMED, NOT_NAMED)) {
            Browser subject = steps.as(Role.COUNTY_GOVERNMENT, county);
            JsonNode d = ok(subject.get("/api/dossiers/" + ids.get(county.equals(NAMED) ? 0 : 1)));
            assertThat(TitleTestSteps.currentStep(d)).isEqualTo("NATIONAL_PLATFORM");
            // the generic act is refused until the receipt is on record (PLATFORM_RECEIPT)
            assertThat(TitleTestSteps.act(subject, d, null).status()).isEqualTo(409);
            if (county.equals(NOT_NAMED)) {
                // the receipt uploaded as a file, without a number
                ok(subject.upload(
                        "/api/platform-receipts/" + d.get("id").asLong() + "/document?version="
                                + TitleTestSteps.runVersion(d) + "&submittedOn=" + after,
                        "国家平台回执.pdf",
                        TestFiles.PDF));
            } else {
                Map<String, Object> receipt = new HashMap<>();
                receipt.put("submittedOn", after.toString());
                receipt.put("receiptNumber", "GJPT-" + county);
                receipt.put("version", TitleTestSteps.runVersion(d));
                ok(subject.post("/api/platform-receipts/" + d.get("id").asLong(), receipt));
            }
            JsonNode moved = ok(subject.get(DossierTestSteps.path(d)));
            assertThat(TitleTestSteps.currentStep(moved)).isEqualTo("MINISTRY_RESULT");
        }

        // the department records the Ministry's result: the generic act is refused without it
        JsonNode first = ok(province.get("/api/dossiers/" + ids.get(0)));
        Response blocked = TitleTestSteps.act(province, first, "PASS");
        assertThat(blocked.status()).as(blocked.toString()).isEqualTo(409);
        assertThat(blocked.body()).contains("命名结果");
        JsonNode naming = ok(province.post(
                "/api/namings/" + ids.get(0),
                TitleTestSteps.naming(true, "环生态〔2026〕88号", after, null, TitleTestSteps.runVersion(first))));
        JsonNode title = naming.get("title");
        assertThat(naming.get("namingBodyZh").asString()).isEqualTo("生态环境部");
        assertThat(title.get("validityYears").asInt()).isEqualTo(3);
        assertThat(title.get("validUntil").asString())
                .isEqualTo(after.plusYears(3).minusDays(1).toString());
        // IM is silent on the validity: the national rule's 3 years, marked uncertain with its note
        assertThat(title.get("validityUncertain").asBoolean()).isTrue();
        assertThat(title.get("validityNote").asString()).contains("未规定称号有效期");
        assertThat(ok(province.get("/api/dossiers/" + ids.get(0)))
                        .get("run")
                        .get("state")
                        .asString())
                .isEqualTo("FINISHED");
        long candidacy = ok(province.get("/api/dossiers/" + ids.get(0)))
                .get("candidacyId")
                .asLong();
        assertThat(ok(province.get("/api/candidacies/" + candidacy))
                        .get("state")
                        .asString())
                .isEqualTo("TITLED");

        // the uploaded receipt downloads for the subject and the province, not for another county
        String file = "/api/platform-receipts/" + ids.get(1) + "/document";
        Browser notNamedSubject = steps.as(Role.COUNTY_GOVERNMENT, NOT_NAMED);
        assertThat(notNamedSubject.download(file)).isEqualTo(TestFiles.PDF);
        assertThat(province.download(file)).isEqualTo(TestFiles.PDF);
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, NAMED).get(file).status()).isEqualTo(404);
        assertThat(province.get("/api/platform-receipts/" + ids.get(0) + "/document")
                        .status())
                .as("a receipt recorded by its number has no file")
                .isEqualTo(404);

        // the province returns the Ministry's result step to the national platform: the receipt of the
        // earlier opening no longer counts (ADR 0027), so the subject records its submission again
        JsonNode atResult = ok(province.get("/api/dossiers/" + ids.get(1)));
        JsonNode back = ok(DossierTestSteps.action(province, atResult, "RETURN", "国家平台提交的材料不全，请补充后重新提交"));
        assertThat(TitleTestSteps.currentStep(back)).isEqualTo("NATIONAL_PLATFORM");
        JsonNode again = ok(notNamedSubject.get("/api/dossiers/" + ids.get(1)));
        Response stale = TitleTestSteps.act(notNamedSubject, again, null);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.body()).contains("回执");
        Map<String, Object> resubmitted = new HashMap<>();
        resubmitted.put("submittedOn", after.toString());
        resubmitted.put("receiptNumber", "GJPT-" + NOT_NAMED + "-2");
        resubmitted.put("version", TitleTestSteps.runVersion(again));
        ok(notNamedSubject.post("/api/platform-receipts/" + ids.get(1), resubmitted));
        assertThat(ok(province.get("/api/platform-receipts/" + ids.get(1)))
                        .get("receiptNumber")
                        .asString())
                .isEqualTo("GJPT-" + NOT_NAMED + "-2");

        // the round overview shows each dossier's latest receipt
        JsonNode overview = ok(province.get("/api/round-overview/" + round + "?size=100"));
        for (JsonNode row : overview.get("content")) {
            if (row.get("dossierId").asLong() == ids.get(1)) {
                assertThat(row.get("receiptNumber").asString()).isEqualTo("GJPT-" + NOT_NAMED + "-2");
                assertThat(row.get("receiptFile").asBoolean()).isFalse();
            }
        }
        assertThat(overview.get("content").findValuesAsString("receiptNumber")).contains("GJPT-" + NOT_NAMED + "-2");

        JsonNode second = ok(province.get("/api/dossiers/" + ids.get(1)));
        assertThat(TitleTestSteps.currentStep(second)).isEqualTo("MINISTRY_RESULT");
        JsonNode refused = ok(province.post(
                "/api/namings/" + ids.get(1),
                TitleTestSteps.naming(false, null, after, "生态环境部未予命名", TitleTestSteps.runVersion(second))));
        assertThat(refused.get("title").isNull()).isTrue();
        JsonNode ended = ok(province.get("/api/dossiers/" + ids.get(1)));
        assertThat(ended.get("run").get("state").asString()).isEqualTo("FINISHED");
        assertThat(ended.get("run").get("timeline").toString()).contains("FAIL", "生态环境部未予命名");
        assertThat(ok(province.get(
                                "/api/candidacies/" + ended.get("candidacyId").asLong()))
                        .get("state")
                        .asString())
                .isEqualTo("APPLYING");
        JsonNode published2 = ok(new Browser(port).get("/api/public/titles?regionCode=" + ORDOS));
        assertThat(published2.toString()).contains("环生态〔2026〕88号").doesNotContain("生态环境部未予命名");

        // each naming and receipt was recorded for its step's opening: the requirements, asked for both runs
        // at once, are met at that opening and not at a later one (a return and a step opened again)
        List<StepRequirement.Context> recorded = new ArrayList<>();
        List<StepRequirement.Context> later = new ArrayList<>();
        for (long dossier : ids) {
            Map<String, Object> n = jdbc.queryForMap(
                    "select run_id, opening, named from naming where dossier_id = ? order by id desc limit 1", dossier);
            long run = ((Number) n.get("run_id")).longValue();
            int opening = ((Number) n.get("opening")).intValue();
            String outcome = Boolean.TRUE.equals(n.get("named")) ? "PASS" : "FAIL";
            recorded.add(context(run, dossier, "MINISTRY_RESULT", outcome, opening));
            later.add(context(run, dossier, "MINISTRY_RESULT", outcome, opening + 1));
        }
        assertThat(requirement(Requirement.NAMING_RECORDED).checkAll(recorded)).isEmpty();
        assertThat(requirement(Requirement.NAMING_RECORDED).checkAll(later).values())
                .extracting(StepRequirement.Unmet::messageKey)
                .containsExactly("title.naming.missing", "title.naming.missing");
        Map<String, Object> receipt = jdbc.queryForMap(
                "select run_id, opening from platform_receipt where dossier_id = ? order by id desc limit 1",
                ids.get(1));
        long run = ((Number) receipt.get("run_id")).longValue();
        int opening = ((Number) receipt.get("opening")).intValue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from platform_receipt where dossier_id = ?", Integer.class, ids.get(1)))
                .as("the receipt of the earlier opening stays as history")
                .isEqualTo(2);
        StepRequirement receipts = requirement(Requirement.PLATFORM_RECEIPT);
        assertThat(receipts.check(context(run, ids.get(1), "NATIONAL_PLATFORM", null, opening)))
                .isEmpty();
        assertThat(receipts.check(context(run, ids.get(1), "NATIONAL_PLATFORM", null, opening + 1)))
                .isPresent();
    }

    private StepRequirement requirement(Requirement which) {
        return requirements.stream()
                .filter(r -> r.requirement() == which)
                .findFirst()
                .orElseThrow();
    }

    private static StepRequirement.Context context(
            long runId, long dossierId, String step, String outcome, int opening) {
        return new StepRequirement.Context(runId, "DOSSIER", dossierId, step, StepKind.RECORD_RESULT, outcome, opening);
    }
}
