package cn.ecozone.review;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.review.internal.PanelDraw;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The draw and recusal over HTTP: each automatic rule keeps an expert out of the draw and says why to
 * the province; the recorded seed re-runs to the same panel; a declared conflict survives detection;
 * a conflicted expert gets 404 on the dossier. Dossiers of Tongliao (1505xx), which no other test uses.
 */
@ApiTest
class RecusalIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcedureManagement procedures;

    ReviewTestSteps steps;
    Browser province;

    @BeforeEach
    void setUp() {
        steps = new ReviewTestSteps(port, fixtures, jdbc, procedures);
        province = steps.as(Role.PROVINCE_STAFF, "150000");
    }

    @Test
    void eachAutomaticRuleAndARemovalKeepAnExpertOutOfTheDrawWhoseSeedReRunsToTheSamePanel() {
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150521", "150500");
        String field = "回避" + System.nanoTime();
        LocalDate today = LocalDate.now(ReviewTestSteps.BEIJING);
        long region = steps.expert(province, "区域甲", field, "150502", null, Map.of());
        long employed = steps.expert(
                province,
                "任职乙",
                field,
                "150102",
                null,
                Map.of(
                        "employments",
                        List.of(Map.of(
                                "employer",
                                "科左中旗人民政府",
                                "regionCode",
                                "150521",
                                "kind",
                                "GOVERNMENT",
                                "from",
                                today.minusYears(6).toString(),
                                "to",
                                today.minusYears(2).toString()))));
        long consultant = steps.expert(
                province,
                "编制丙",
                field,
                "150102",
                null,
                Map.of(
                        "employments",
                        List.of(Map.of(
                                "employer",
                                "某规划咨询公司",
                                "regionCode",
                                "150102",
                                "kind",
                                "CONSULTANCY",
                                "draftedForCode",
                                "150521",
                                "from",
                                today.minusYears(1).toString()))));
        long planner = steps.expert(
                province,
                "评审丁",
                field,
                "150102",
                null,
                Map.of("plans", List.of(Map.of("regionCode", "150521", "part", "REVIEWED"))));
        long tied = steps.expert(
                province,
                "亲属戊",
                field,
                "150102",
                null,
                Map.of("ties", List.of(Map.of("regionCode", "150521", "note", "配偶在该旗政府工作"))));
        long longAgo = steps.expert(
                province,
                "旧职己",
                field,
                "150102",
                null,
                Map.of(
                        "employments",
                        List.of(Map.of(
                                "employer",
                                "科左中旗人民政府",
                                "regionCode",
                                "150521",
                                "kind",
                                "GOVERNMENT",
                                "from",
                                today.minusYears(10).toString(),
                                "to",
                                today.minusYears(4).toString()))));
        long removed = steps.expert(province, "除名庚", field, "150102", null, Map.of());
        ReviewTestSteps.ok(
                province.post(
                        "/api/review/experts/" + removed + "/integrity",
                        Map.of("kind", "REMOVAL", "occurredOn", today.toString(), "note", "两次无故缺席")),
                200);
        long clean = steps.expert(province, "清白辛", field, "150102", null, Map.of());

        Response tooMany = province.post(
                "/api/review/panels",
                Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 3));
        assertThat(tooMany.status()).as(tooMany.toString()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from review_panel where round_id = ?", Long.class, round))
                .as("a refused draw leaves nothing")
                .isZero();

        JsonNode panel = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of(
                                "roundId",
                                round,
                                "stepCode",
                                "EXPERT_SCORING",
                                "field",
                                field,
                                "size",
                                1,
                                "alternates",
                                1)),
                201);
        Map<Long, String> skipped = new HashMap<>();
        panel.get("skipped")
                .forEach(s ->
                        skipped.put(s.get("expertId").asLong(), s.get("reason").asString()));
        assertThat(skipped)
                .containsEntry(region, "CONFLICT")
                .containsEntry(employed, "CONFLICT")
                .containsEntry(consultant, "CONFLICT")
                .containsEntry(planner, "CONFLICT")
                .containsEntry(tied, "CONFLICT")
                .containsEntry(removed, "REMOVED")
                .doesNotContainKeys(longAgo, clean);
        List<Long> eligible = new ArrayList<>();
        panel.get("eligible").forEach(e -> eligible.add(e.asLong()));
        assertThat(eligible).containsExactly(Math.min(longAgo, clean), Math.max(longAgo, clean));

        JsonNode conflicts = ReviewTestSteps.ok(
                province.get("/api/review/panels/" + panel.get("id").asLong() + "/dossiers/" + dossier + "/conflicts"),
                200);
        Map<Long, String> types = new HashMap<>();
        conflicts.forEach(
                c -> types.put(c.get("expertId").asLong(), c.get("type").asString()));
        assertThat(types)
                .containsEntry(region, "REGION")
                .containsEntry(employed, "EMPLOYMENT")
                .containsEntry(consultant, "EMPLOYMENT")
                .containsEntry(planner, "PLAN")
                .containsEntry(tied, "TIE");

        // anyone re-runs the draw from the seed and the eligible list and gets the same panel
        PanelDraw.Draw again = PanelDraw.draw(
                panel.get("seed").asLong(), panel.get("algorithm").asString(), eligible, 1, 1);
        List<Long> members = new ArrayList<>();
        List<Long> alternates = new ArrayList<>();
        panel.get("members")
                .forEach(m -> ("MEMBER".equals(m.get("seat").asString()) ? members : alternates)
                        .add(m.get("expertId").asLong()));
        assertThat(members).isEqualTo(again.members());
        assertThat(alternates).isEqualTo(again.alternateIds());

        Response conflictedAdd = province.post(
                "/api/review/panels/" + panel.get("id").asLong() + "/members",
                Map.of("expertId", tied, "reason", "熟悉该地区"));
        assertThat(conflictedAdd.status()).as(conflictedAdd.toString()).isEqualTo(409);
        Response again2 =
                province.post("/api/review/panels", Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "size", 1));
        assertThat(again2.status()).as(again2.toString()).isEqualTo(409);
    }

    @Test
    void aSubjectsDeclaredConflictSurvivesDetectionAndTheExpertGets404OnThatDossierOnly() {
        long round = steps.openRound();
        long declared = steps.atExpertScoring(round, "150522", "150500");
        long other = steps.atExpertScoring(round, "150523", "150500");
        String field = "声明" + System.nanoTime();
        ReviewTestSteps.ExpertLogin login = steps.expertAccount();
        long expert = steps.expert(province, "声明专家" + login.userId(), field, "150102", login.userId(), Map.of());
        long namesake = steps.expert(province, "声明专家" + login.userId(), field + "乙", "150102", null, Map.of());
        JsonNode panel = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 1)),
                201);
        long panelId = panel.get("id").asLong();
        String sheet = "/api/review/my-panels/" + panelId + "/dossiers/";
        assertThat(login.browser().get(sheet + declared + "/sheet").status()).isEqualTo(200);

        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "150522");
        String name = "声明专家" + login.userId();
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150523")
                        .post("/api/review/dossiers/" + declared + "/conflicts", Map.of("name", name, "note", "x"))
                        .status())
                .as("another county may not declare for this dossier")
                .isEqualTo(404);
        Response blank =
                subject.post("/api/review/dossiers/" + declared + "/conflicts", Map.of("name", name, "note", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").toString()).contains("note");
        assertThat(subject.post(
                                "/api/review/dossiers/" + declared + "/conflicts",
                                Map.of("name", name, "note", "该专家曾为我旗规划编制单位负责人"))
                        .status())
                .isEqualTo(204);

        ReviewTestSteps.ok(province.post("/api/review/panels/" + panelId + "/detect", Map.of()), 200);
        JsonNode conflicts = ReviewTestSteps.ok(
                province.get("/api/review/panels/" + panelId + "/dossiers/" + declared + "/conflicts"), 200);
        assertThat(conflicts.toString()).contains("DECLARED_BY_SUBJECT", "DECLARED");
        assertThat(jdbc.queryForList(
                        "select expert_id from review_conflict where dossier_id = ? and type = 'DECLARED_BY_SUBJECT'",
                        Long.class,
                        declared))
                .as("the name typed in matches every pool expert of that name")
                .containsExactlyInAnyOrder(expert, namesake);

        Response hidden = login.browser().get(sheet + declared + "/sheet");
        assertThat(hidden.status()).as(hidden.toString()).isEqualTo(404);
        assertThat(login.browser().get(sheet + declared).status()).isEqualTo(404);
        assertThat(login.browser().get(sheet + other).status()).isEqualTo(200);
        JsonNode mine = ReviewTestSteps.ok(login.browser().get("/api/review/my-panels"), 200);
        List<Long> listed = new ArrayList<>();
        mine.get("content").forEach(r -> listed.add(r.get("dossierId").asLong()));
        assertThat(listed).contains(other).doesNotContain(declared);
    }

    @Test
    void aPanelWhoseDossierHasNoScorerLeftRefusesToCloseNamingTheDossier() {
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150526", "150500");
        String field = "无人评分" + System.nanoTime();
        ReviewTestSteps.ExpertLogin login = steps.expertAccount();
        steps.expert(province, "无人评分专家" + login.userId(), field, "150102", login.userId(), Map.of());
        JsonNode panel = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 1)),
                201);
        long panelId = panel.get("id").asLong();
        assertThat(steps.as(Role.COUNTY_GOVERNMENT, "150526")
                        .post(
                                "/api/review/dossiers/" + dossier + "/conflicts",
                                Map.of("name", "无人评分专家" + login.userId(), "note", "该专家系我旗聘用的规划编制顾问"))
                        .status())
                .isEqualTo(204);

        Response close = province.post(
                "/api/review/panels/" + panelId + "/close",
                Map.of("version", panel.get("version").asLong()));
        assertThat(close.status()).as(close.toString()).isEqualTo(409);
        assertThat(close.json().get("detail").asString()).contains("全部回避", Long.toString(dossier));
        assertThat(ReviewTestSteps.ok(province.get("/api/review/panels/" + panelId), 200)
                        .get("state")
                        .asString())
                .isEqualTo("OPEN");
    }

    @Test
    void afterTheCloseNoConflictCanBeDeclaredAndTheBoardStaysAsItWasAtTheClose() {
        long round = steps.openRound();
        long dossier = steps.atExpertScoring(round, "150581", "150500");
        String field = "结束后" + System.nanoTime();
        ReviewTestSteps.ExpertLogin login = steps.expertAccount();
        long expert = steps.expert(province, "结束后专家" + login.userId(), field, "150102", login.userId(), Map.of());
        JsonNode panel = ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels",
                        Map.of("roundId", round, "stepCode", "EXPERT_SCORING", "field", field, "size", 1)),
                201);
        long panelId = panel.get("id").asLong();
        String sheet = "/api/review/my-panels/" + panelId + "/dossiers/" + dossier;
        ReviewTestSteps.ok(
                login.browser()
                        .put(
                                sheet + "/sheet",
                                Map.of(
                                        "scores",
                                        Map.of("COMPLETENESS", 8, "CONFORMITY", 7, "INDICATORS_3Y", 9),
                                        "opinion",
                                        "材料齐全",
                                        "submit",
                                        true)),
                200);
        ReviewTestSteps.ok(
                province.post(
                        "/api/review/panels/" + panelId + "/close",
                        Map.of("version", panel.get("version").asLong())),
                200);

        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, "150581");
        Response bySubject = subject.post(
                "/api/review/dossiers/" + dossier + "/conflicts",
                Map.of("name", "结束后专家" + login.userId(), "note", "结束后才声明的回避"));
        assertThat(bySubject.status()).as(bySubject.toString()).isEqualTo(409);
        JsonNode declarations = ReviewTestSteps.ok(subject.get("/api/review/dossiers/" + dossier + "/conflicts"), 200);
        assertThat(declarations.get("open").asBoolean())
                .as("the page offers no declaration")
                .isFalse();
        assertThat(declarations.get("declarations"))
                .as("a refused declaration is not kept")
                .isEmpty();
        Response byExpert = login.browser().post(sheet + "/conflict", Map.of("note", "结束后才声明的回避"));
        assertThat(byExpert.status()).as(byExpert.toString()).isEqualTo(409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from review_conflict where dossier_id = ? and expert_id = ?",
                        Long.class,
                        dossier,
                        expert))
                .isZero();

        // a conflict recorded after the close (as detection would) leaves the closed board unchanged; "after"
        // by the platform's clock, which other tests move, not by the machine's
        java.sql.Timestamp closedAt = jdbc.queryForObject(
                "select closed_at from review_panel where id = ?", java.sql.Timestamp.class, panelId);
        jdbc.update(
                "insert into review_conflict (expert_id, dossier_id, type, source, detail, recorded_by, recorded_at)"
                        + " values (?, ?, 'DECLARED_BY_SUBJECT', 'DECLARED', '结束后', 'test', ?)",
                expert,
                dossier,
                java.sql.Timestamp.from(closedAt.toInstant().plusSeconds(60)));
        JsonNode scores = ReviewTestSteps.ok(
                province.get("/api/review/panels/" + panelId + "/dossiers/" + dossier + "/scores"), 200);
        assertThat(scores.get("result").get("expertCount").asInt()).isEqualTo(1);
        assertThat(scores.get("result").get("total").decimalValue()).isEqualByComparingTo("24");
    }
}
