package cn.ecozone.grading;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Xilingol's annual evaluation end to end over HTTP (001 arts. 9–11, issue 13 §4): two banners submit
 * their self-assessments of the previous year; the committee office draws a panel from its pool, where
 * an expert of a banner's own organisation is kept out (recusal, art. 11); three experts score; the
 * office closes the panel, passes both and grades them: the totals land on the band edges 89.99 (良好)
 * and 90 (优秀). Grading before the close is 409 naming {@code PANEL_CLOSED}; another league's office
 * gets 404, an administrator 403; the year's report lists every graded banner. Banners 正镶白旗 (152529)
 * and 镶黄旗 (152528): no other test makes a {@code TWO_MOUNTAINS_AREA} candidacy there.
 */
@ApiTest
class AnnualEvaluationIT {

    private static final String LEAGUE = "152500";
    private static final String EDGE_BELOW = "152529";
    private static final String EDGE_AT = "152528";
    private static final List<String> CRITERIA =
            List.of("ANNUAL_PLAN", "KEY_PROJECTS", "CONVERSION_RESULTS", "SAFEGUARDS");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Test
    void countiesSelfAssessThePanelScoresWithRecusalAndTheOfficeGradesAtTheBandEdges() throws Exception {
        DossierTestSteps steps = new DossierTestSteps(port, fixtures);
        int year = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).getYear() - 1;
        long below = submitted(steps, EDGE_BELOW);
        long at = submitted(steps, EDGE_AT);
        Browser office = steps.as(Role.COMMITTEE_OFFICE, LEAGUE);

        JsonNode listed = ok(office.get("/api/annual-evaluations?year=" + year), 200);
        assertThat(listed.get("gradingNote").asString()).contains("待盟生态环境保护委员会办公室确认");
        assertThat(rowOf(listed, below).get("stage").asString()).isEqualTo("UNDER_REVIEW");
        long round = listed.get("roundId").asLong();
        List<Long> rounds = new ArrayList<>();
        ok(office.get("/api/application-rounds?programme=TWO_MOUNTAINS_AREA&size=100"), 200)
                .get("content")
                .forEach(r -> rounds.add(r.get("id").asLong()));
        assertThat(rounds)
                .as("the office picks the league's yearly round on the panel page")
                .contains(round);

        // the office's own pool: three experts outside the league, one whose organisation is in 正镶白旗
        List<Browser> experts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String username = fixtures.user(Role.EXPERT, "150000");
            long userId = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
            expert(office, "评估专家" + i + "-" + System.nanoTime(), "150102", userId);
            Browser b = new Browser(port);
            b.login(username, Fixtures.PASSWORD);
            experts.add(b);
        }
        long local = expert(office, "本旗专家" + System.nanoTime(), EDGE_BELOW, null);
        JsonNode panel = ok(
                office.post(
                        "/api/review/panels",
                        Map.of("roundId", round, "stepCode", "ANNUAL_EVALUATION", "size", 3, "alternates", 0)),
                201);
        long panelId = panel.get("id").asLong();
        List<Long> members = new ArrayList<>();
        panel.get("members").forEach(m -> members.add(m.get("expertId").asLong()));
        assertThat(members).hasSize(3).doesNotContain(local);
        JsonNode skipped = null;
        for (JsonNode s : panel.get("skipped")) {
            if (s.get("expertId").asLong() == local) {
                skipped = s;
            }
        }
        assertThat(skipped).as("the banner's own expert is kept out").isNotNull();
        assertThat(skipped.get("reason").asString()).isEqualTo("CONFLICT");

        Response early = office.post("/api/annual-evaluations/" + below + "/grade", grade("过早评定"));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body()).contains("PANEL_CLOSED");

        // 89.99: three criteria at (22 + 22 + 23) / 3 = 22.33, one at 23; 90: every score 22.5
        score(experts.get(0), panelId, below, List.of(22.0, 22.0, 22.0, 23.0));
        score(experts.get(1), panelId, below, List.of(22.0, 22.0, 22.0, 23.0));
        score(experts.get(2), panelId, below, List.of(23.0, 23.0, 23.0, 23.0));
        for (Browser e : experts) {
            score(e, panelId, at, List.of(22.5, 22.5, 22.5, 22.5));
        }
        JsonNode closing = ok(office.get("/api/review/panels/" + panelId), 200);
        ok(
                office.post(
                        "/api/review/panels/" + panelId + "/close",
                        Map.of("version", closing.get("version").asLong())),
                200);
        for (long d : List.of(below, at)) {
            ok(
                    office.post(
                            "/api/review/panels/" + panelId + "/dossiers/" + d + "/decision",
                            Map.of("decision", "PASS")),
                    200);
        }

        Browser otherLeague = steps.as(Role.COMMITTEE_OFFICE, "150200");
        assertThat(otherLeague.get("/api/annual-evaluations/" + below).status()).isEqualTo(404);
        assertThat(otherLeague
                        .post("/api/annual-evaluations/" + below + "/grade", grade("越权"))
                        .status())
                .isEqualTo(404);
        assertThat(steps.as(Role.SYSTEM_ADMIN, "150000")
                        .get("/api/annual-evaluations?year=" + year)
                        .status())
                .isEqualTo(403);
        Response blank = office.post("/api/annual-evaluations/" + below + "/grade", grade(" "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("opinion");

        JsonNode good = ok(office.post("/api/annual-evaluations/" + below + "/grade", grade("总体良好")), 200);
        assertThat(good.get("grade").get("total").decimalValue()).isEqualByComparingTo("89.99");
        assertThat(good.get("grade").get("bandName").asString()).isEqualTo("良好");
        assertThat(good.get("grade").get("bandNote").asString()).contains("待盟生态环境保护委员会办公室确认");
        assertThat(good.get("grade").get("recommendation").asString()).isEqualTo("CANNOT_JUDGE");
        assertThat(good.get("grade").get("recommendationNote").asString()).contains("无法判断");
        // two sessions of the office grade 镶黄旗 at once: one wins, the other is refused, one grade stays
        Browser colleague = steps.as(Role.COMMITTEE_OFFICE, LEAGUE);
        var both = Together.run(
                () -> office.post("/api/annual-evaluations/" + at + "/grade", grade("成效突出")),
                () -> colleague.post("/api/annual-evaluations/" + at + "/grade", grade("成效突出")));
        assertThat(List.of(both.first().status(), both.second().status())).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject("select count(*) from grading_grade where dossier_id = ?", Integer.class, at))
                .isEqualTo(1);
        JsonNode excellent = (both.first().status() == 200 ? both.first() : both.second()).json();
        assertThat(excellent.get("grade").get("total").decimalValue()).isEqualByComparingTo("90");
        assertThat(excellent.get("grade").get("bandName").asString()).isEqualTo("优秀");
        assertThat(office.post("/api/annual-evaluations/" + at + "/grade", grade("再次"))
                        .status())
                .isEqualTo(409);

        Browser county = steps.as(Role.COUNTY_GOVERNMENT, EDGE_BELOW);
        JsonNode own = ok(county.get("/api/annual-evaluations/" + below), 200);
        assertThat(own.get("grade").get("feedback").asString()).isEqualTo("重点项目推进偏慢");
        assertThat(own.get("row").get("stage").asString()).isEqualTo("GRADED");
        assertThat(county.get("/api/annual-evaluations/" + at).status()).isEqualTo(404);

        JsonNode report = ok(office.post("/api/annual-evaluations/reports?year=" + year, Map.of()), 201);
        assertThat(report.get("regionCount").asInt()).isGreaterThanOrEqualTo(2);
        Browser leagueStaff = steps.as(Role.PREFECTURE_STAFF, LEAGUE);
        byte[] docx = leagueStaff.download("/api/annual-evaluations/reports/" + year + "/files/docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            assertThat(words.getText()).contains("正镶白旗", "镶黄旗", "89.99", "90.00", "良好", "优秀", "重点项目推进偏慢");
        }
        byte[] pdf = office.download("/api/annual-evaluations/reports/" + year + "/files/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("正镶白旗", "镶黄旗");
        }
        assertThat(county.get("/api/annual-evaluations/reports/" + year).status())
                .isEqualTo(403);
    }

    /** A banner's self-assessment dossier in this year's round, submitted: at ANNUAL_EVALUATION. */
    private long submitted(DossierTestSteps steps, String county) {
        JsonNode candidacy = steps.candidacy("150000", county, "TWO_MOUNTAINS_AREA");
        assertThat(candidacy.get("regulationCode").asString()).isEqualTo("XL-TWOMTN");
        Browser subject = steps.as(Role.COUNTY_GOVERNMENT, county);
        JsonNode d = DossierTestSteps.complete(subject, DossierTestSteps.created(subject, candidacy, null));
        d = DossierTestSteps.ok(DossierTestSteps.submit(subject, d));
        return d.get("id").asLong();
    }

    private static long expert(Browser office, String name, String orgRegion, Long userId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("fields", List.of("生态"));
        body.put("organization", name + "所在单位");
        body.put("orgRegionCode", orgRegion);
        body.put("title", "研究员");
        body.put("contact", "0479-0000000");
        body.put("userId", userId);
        return ok(office.post("/api/review/experts", body), 201)
                .get("expert")
                .get("id")
                .asLong();
    }

    private static void score(Browser expert, long panel, long dossier, List<Double> scores) {
        Map<String, Object> sheet = new HashMap<>();
        Map<String, Object> byCriterion = new HashMap<>();
        for (int i = 0; i < CRITERIA.size(); i++) {
            byCriterion.put(CRITERIA.get(i), scores.get(i));
        }
        sheet.put("scores", byCriterion);
        sheet.put("opinion", "自评估材料齐全，评分如上");
        sheet.put("submit", true);
        ok(expert.put("/api/review/my-panels/" + panel + "/dossiers/" + dossier + "/sheet", sheet), 200);
    }

    private static Map<String, Object> grade(String opinion) {
        return Map.of("opinion", opinion, "feedback", "重点项目推进偏慢", "suggestions", "加快项目库建设");
    }

    private static JsonNode rowOf(JsonNode year, long dossierId) {
        for (JsonNode r : year.get("evaluations").get("content")) {
            if (r.get("dossierId").asLong() == dossierId) {
                return r;
            }
        }
        throw new AssertionError("no row " + dossierId + " in " + year);
    }

    private static JsonNode ok(Response r, int status) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        return r.json();
    }
}
