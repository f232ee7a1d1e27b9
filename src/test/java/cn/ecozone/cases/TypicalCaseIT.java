package cn.ecozone.cases;

import static cn.ecozone.cases.CaseTestSteps.appoint;
import static cn.ecozone.cases.CaseTestSteps.appointing;
import static cn.ecozone.cases.CaseTestSteps.decide;
import static cn.ecozone.cases.CaseTestSteps.draft;
import static cn.ecozone.cases.CaseTestSteps.ok;
import static cn.ecozone.cases.CaseTestSteps.photo;
import static cn.ecozone.cases.CaseTestSteps.recommend;
import static cn.ecozone.cases.CaseTestSteps.score;
import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.support.Together;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A Xilingol typical case over HTTP (arts. 12–13): the county recommends, the committee office appoints
 * experts of the IM pool (one in conflict with the county's league refused), the experts score the four
 * criteria, the office closes the review and publishes, and the anonymous public finds it in the library;
 * returns carry their reason, a rejection ends it, two publishers at once leave one winner.
 */
@ApiTest
class TypicalCaseIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    CaseTestSteps steps;
    Browser county;
    Browser office;
    Browser anonymous;
    int year;

    @BeforeEach
    void setUp() {
        steps = new CaseTestSteps(port, fixtures, jdbc);
        county = steps.as(Role.COUNTY_GOVERNMENT, CaseTestSteps.XL_COUNTY);
        office = steps.as(Role.COMMITTEE_OFFICE, CaseTestSteps.XL_OFFICE);
        anonymous = new Browser(port);
        year = LocalDate.now(clock.withZone(BEIJING)).getYear();
    }

    @Test
    void aCountysCaseGoesThroughTheExpertsReviewWithRecusalToThePublicLibrary() {
        String marker = "草原生态牧业" + System.nanoTime();
        JsonNode c = draft(county, marker, year);
        assertThat(c.get("state").asString()).isEqualTo("DRAFT");
        assertThat(c.get("regulationCode").asString()).isEqualTo("XL-TWOMTN");
        assertThat(c.get("criteria")).hasSize(4);
        assertThat(c.get("results").get(0).get("value").decimalValue()).isEqualByComparingTo("1.25");
        c = photo(county, c);
        long id = c.get("id").asLong();
        long photoId = c.get("photos").get(0).get("documentId").asLong();
        assertThat(anonymous.get("/api/public/cases/" + id).status()).isEqualTo(404);
        assertThat(anonymous
                        .get("/api/public/cases/" + id + "/photos/" + photoId)
                        .status())
                .isEqualTo(404);
        assertThat(office.get("/api/cases/" + id).status())
                .as("a draft is the county's own")
                .isEqualTo(404);

        c = recommend(county, c);
        assertThat(c.get("state").asString()).isEqualTo("REVIEWING");
        assertThat(c.get("editable").asBoolean()).isFalse();

        CaseTestSteps.Expert first = steps.expert("案例专家甲" + System.nanoTime(), "150102");
        CaseTestSteps.Expert second = steps.expert("案例专家乙" + System.nanoTime(), "150102");
        CaseTestSteps.Expert local = steps.expert("案例专家丙" + System.nanoTime(), "152502");
        JsonNode candidates = ok(office.get("/api/cases/" + id + "/candidates"), 200);
        assertThat(conflicts(candidates, local.id())).containsExactly("REGION");
        assertThat(conflicts(candidates, first.id())).isEmpty();
        assertThat(candidates.toString()).contains("\"eligible\":true", "\"eligible\":false");
        Response refused = appointing(office, c, first, local);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("expert-not-eligible");
        assertThat(ok(office.get("/api/cases/" + id), 200).get("reviewers")).isEmpty();

        c = appoint(office, c, first, second);
        assertThat(c.get("reviewers")).hasSize(2);
        assertThat(local.browser().get("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(decide(office, c, "review", "PASS", "专家审核通过").status())
                .as("nobody scored yet")
                .isEqualTo(409);

        ok(score(first, id, 88), 200);
        JsonNode expertsView = ok(first.browser().get("/api/cases/" + id), 200);
        assertThat(expertsView.get("reviewers")).hasSize(1);
        assertThat(expertsView.get("reviewers").get(0).get("scores")).hasSize(4);
        Response early = decide(office, c, "review", "PASS", "专家审核通过");
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.body()).contains("尚未全部完成");
        ok(score(second, id, 80), 200);
        assertThat(ok(county.get("/api/cases/" + id), 200).get("reviewers"))
                .as("the county never reads the experts")
                .isEmpty();

        c = ok(decide(office, c, "review", "PASS", "材料审核通过"), 200);
        assertThat(c.get("state").asString()).isEqualTo("DECIDING");
        assertThat(score(first, id, 10).status()).as("the review has closed").isEqualTo(404);
        c = ok(decide(office, c, "publish", null, "同意发布"), 200);
        assertThat(c.get("state").asString()).isEqualTo("PUBLISHED");

        JsonNode found = ok(anonymous.get("/api/public/cases?q=" + marker), 200);
        assertThat(found.get("totalElements").asLong()).isEqualTo(1);
        assertThat(found.get("content").get(0).get("regionName").asString()).isEqualTo("正蓝旗");
        assertThat(ok(
                                anonymous.get("/api/public/cases?q=" + marker
                                        + "&path=ECOLOGICAL_INDUSTRIALIZATION&regionCode=152500&year=" + year),
                                200)
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(ok(anonymous.get("/api/public/cases?q=" + marker + "&path=OTHER"), 200)
                        .get("totalElements")
                        .asLong())
                .isZero();
        assertThat(ok(anonymous.get("/api/public/cases?q=" + marker + "&regionCode=520000"), 200)
                        .get("totalElements")
                        .asLong())
                .isZero();
        JsonNode page = ok(anonymous.get("/api/public/cases/" + id), 200);
        assertThat(page.get("story").asString()).contains("以草定畜");
        assertThat(page.get("results")).hasSize(2);
        assertThat(page.get("progressLink").asString()).isEqualTo("/public/progress/" + CaseTestSteps.XL_COUNTY);
        assertThat(page.has("run")).isFalse();
        assertThat(page.has("reviewers")).isFalse();
        assertThat(page.toString()).doesNotContain(first.name());
        Response image = anonymous.get("/api/public/cases/" + id + "/photos/" + photoId);
        assertThat(image.status()).isEqualTo(200);
        assertThat(image.contentType()).startsWith("image/png");
        assertThat(anonymous.get("/api/public/cases?path=NOPE").status()).isEqualTo(400);
    }

    @Test
    void returnsCarryTheirReasonAndARejectionKeepsTheCaseOutOfTheLibrary() {
        JsonNode c = recommend(county, draft(county, "退回案例" + System.nanoTime(), year));
        long id = c.get("id").asLong();
        Response noReason = decide(office, c, "return", null, " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("opinion");
        c = ok(decide(office, c, "return", null, "请补充成效数据"), 200);
        assertThat(c.get("state").asString()).isEqualTo("RETURNED");
        JsonNode back = ok(county.get("/api/cases/" + id), 200);
        assertThat(back.get("decisionReason").asString()).isEqualTo("请补充成效数据");
        assertThat(back.get("editable").asBoolean()).isTrue();
        Map<String, Object> changed = CaseTestSteps.input("退回案例（补充）", year);
        changed.put("version", back.get("version").asLong());
        c = recommend(county, ok(county.put("/api/cases/" + id, changed), 200));
        assertThat(c.get("state").asString()).isEqualTo("REVIEWING");

        CaseTestSteps.Expert expert = steps.expert("退回专家" + System.nanoTime(), "150102");
        c = appoint(office, c, expert);
        ok(score(expert, id, 70), 200);
        c = ok(decide(office, c, "review", "PASS", "专家审核通过"), 200);
        c = ok(decide(office, c, "return", null, "请专家再议"), 200);
        assertThat(c.get("state").asString()).isEqualTo("REVIEWING");
        assertThat(decide(office, c, "review", "PASS", "专家审核通过").status())
                .as("the earlier opening's scores do not count")
                .isEqualTo(409);
        c = appoint(office, c, expert);
        ok(score(expert, id, 60), 200);
        c = ok(decide(office, c, "review", "FAIL", "成效一般"), 200);
        assertThat(decide(office, c, "reject", null, null).status()).isEqualTo(400);
        c = ok(decide(office, c, "reject", null, "成效不够显著"), 200);
        assertThat(c.get("state").asString()).isEqualTo("REJECTED");
        assertThat(c.get("decisionReason").asString()).isEqualTo("成效不够显著");
        assertThat(anonymous.get("/api/public/cases/" + id).status()).isEqualTo(404);
    }

    @Test
    void twoPublishersAtOnceLeaveOneWinnerAndTheOtherGets409() throws Exception {
        JsonNode c = recommend(county, draft(county, "同时发布" + System.nanoTime(), year));
        CaseTestSteps.Expert expert = steps.expert("并发专家" + System.nanoTime(), "150102");
        c = appoint(office, c, expert);
        ok(score(expert, c.get("id").asLong(), 90), 200);
        JsonNode deciding = ok(decide(office, c, "review", "PASS", "专家审核通过"), 200);
        Browser other = steps.as(Role.COMMITTEE_OFFICE, CaseTestSteps.XL_OFFICE);
        var both = Together.run(
                () -> decide(office, deciding, "publish", null, "同意发布"),
                () -> decide(other, deciding, "publish", null, "同意发布"));
        List<Integer> statuses =
                new ArrayList<>(List.of(both.first().status(), both.second().status()));
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.queryForObject(
                        "select count(*) from procedure_entry e join typical_case c on c.run_id = e.run_id"
                                + " where c.id = ? and e.step_code = 'PUBLISH'",
                        Integer.class,
                        deciding.get("id").asLong()))
                .isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndOthersMayNotActForTheCounty() {
        Map<String, Object> noPath = CaseTestSteps.input("缺路径", year);
        noPath.put("path", "SOMEWHERE");
        Response r = county.post("/api/cases", noPath);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body()).contains("path");
        Map<String, Object> future = CaseTestSteps.input("未来", year + 1);
        assertThat(county.post("/api/cases", future).body()).contains("year");
        Map<String, Object> badFigure = CaseTestSteps.input("坏数值", year);
        badFigure.put("results", List.of(Map.of("label", "增收", "unit", "万元")));
        Response figure = county.post("/api/cases", badFigure);
        assertThat(figure.status()).isEqualTo(400);
        assertThat(figure.body()).contains("results[0].value");
        Map<String, Object> eco = CaseTestSteps.input("生态文明", year);
        eco.put("programme", "ECO_CIVILIZATION_ZONE");
        assertThat(county.post("/api/cases", eco).status())
                .as("no selection in that regulation")
                .isEqualTo(422);

        JsonNode c = draft(county, "别人的案例" + System.nanoTime(), year);
        Browser neighbour = steps.as(Role.COUNTY_GOVERNMENT, "152529");
        assertThat(neighbour.get("/api/cases/" + c.get("id").asLong()).status()).isEqualTo(404);
        assertThat(office.post("/api/cases", CaseTestSteps.input("办公室", year)).status())
                .isEqualTo(403);
        Map<String, Object> stale = CaseTestSteps.input("过期", year);
        stale.put("version", c.get("version").asLong() + 5);
        assertThat(county.put("/api/cases/" + c.get("id").asLong(), stale).status())
                .isEqualTo(409);
        for (Role admin : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)) {
            Browser a = steps.as(admin, "150000");
            assertThat(a.get("/api/cases").status()).isEqualTo(403);
            assertThat(a.get("/api/cases/" + c.get("id").asLong()).status()).isEqualTo(403);
            assertThat(a.post("/api/cases/collections", Map.of("year", year)).status())
                    .isEqualTo(403);
        }
    }

    private static List<String> conflicts(JsonNode candidates, long expertId) {
        for (JsonNode e : candidates) {
            if (e.get("id").asLong() == expertId) {
                List<String> out = new ArrayList<>();
                e.get("conflicts").forEach(x -> out.add(x.asString()));
                return out;
            }
        }
        throw new AssertionError("expert " + expertId + " not among the candidates");
    }
}
