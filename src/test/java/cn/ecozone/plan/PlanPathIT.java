package cn.ecozone.plan;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import cn.ecozone.support.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Plans on the Inner Mongolia eco-civ paths (IM eco-civ arts. 4–6), end to end through HTTP. */
@ApiTest
public class PlanPathIT {

    public static final byte[] PDF = cn.ecozone.support.TestFiles.PDF;
    public static final String IM_ECOCIV = "IM-ECOCIV-2022";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    java.time.Clock clock;

    Browser as(Role role, String region) {
        Browser b = new Browser(port);
        b.login(fixtures.user(role, region), Fixtures.PASSWORD);
        return b;
    }

    /** A draft with its text attached; returns the plan. */
    public static JsonNode drafted(Browser subject, String title) {
        Response created = subject.post(
                "/api/plans", Map.of("regulation", IM_ECOCIV, "title", title, "periodStart", 2026, "periodEnd", 2030));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode plan = created.json();
        Response attached = subject.upload(
                "/api/plans/" + plan.get("id").asLong() + "/document?version="
                        + plan.get("version").asLong(),
                "规划.pdf",
                PDF);
        assertThat(attached.status()).as(attached.toString()).isEqualTo(200);
        return attached.json();
    }

    public static JsonNode act(Browser who, JsonNode plan, String action, Map<String, Object> fields, int status) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", plan.get("version").asLong());
        Response r = who.post("/api/plans/" + plan.get("id").asLong() + "/" + action, body);
        assertThat(r.status()).as(action + " " + r).isEqualTo(status);
        return r.json();
    }

    /** The actions the plan's run offers the user who read it. */
    public static java.util.List<String> allowed(JsonNode plan) {
        return plan.get("run").get("allowedActions").findValuesAsString("action");
    }

    public static JsonNode act(Browser who, JsonNode plan, String action, Map<String, Object> fields) {
        return act(who, plan, action, fields, 200);
    }

    @Test
    void aCountyPlanGoesFromDraftToFilingWithAReturnOnTheWay() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");

        JsonNode plan = drafted(county, "锡林浩特市生态文明建设示范区规划（2026—2030年）");
        assertThat(plan.get("state").asString()).isEqualTo("DRAFT");
        assertThat(plan.get("regulationVersion").asInt()).isEqualTo(3);
        assertThat(plan.get("steps").findValuesAsString("type"))
                .containsExactly(
                        "SUBMIT", "EXAMINE", "EXPERT_REVIEW", "REVISE", "PROMULGATE", "FILE", "RECEIVE_FILING");

        plan = act(county, plan, "submit", Map.of());
        assertThat(plan.get("currentStep").get("code").asString()).isEqualTo("EXAMINE");
        assertThat(league.get("/api/plans/inbox?size=100").json().get("content").findValuesAsString("title"))
                .contains(plan.get("title").asString());

        // the league bureau returns it; a return without a reason is refused and changes nothing
        JsonNode atLeague = league.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(allowed(atLeague)).contains("ACT", "RETURN");
        act(league, atLeague, "return", Map.of("reason", " "), 400);
        JsonNode returned = act(league, atLeague, "return", Map.of("reason", "重点工程投资测算依据不足"));
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("returnReason").asString()).isEqualTo("重点工程投资测算依据不足");

        plan = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(allowed(plan)).contains("ACT");
        assertThat(plan.get("run").get("currentStepCode").asString()).isEqualTo("SUBMIT");
        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意报送自治区生态环境厅"));
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("EXPERT_REVIEW");

        // the county cannot take the province's step
        act(
                county,
                plan,
                "review",
                Map.of("outcome", "PASS", "opinion", "x", "panel", "x", "reviewedOn", "2026-06-01"),
                403);
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "REVISE", "panel", "张三、李四、王五", "reviewedOn", "2026-06-10", "opinion", "修改完善后通过"));
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("REVISE");
        // the revised text is a new version: it never replaces the text the league examined
        long examinedText = plan.get("documentId").asLong();
        byte[] revisedText = TestFiles.docx();
        plan = county.upload(
                        "/api/plans/" + plan.get("id").asLong() + "/document?version="
                                + plan.get("version").asLong(),
                        "规划（修改稿）.docx",
                        revisedText)
                .json();
        assertThat(plan.get("documentId").asLong()).isNotEqualTo(examinedText);
        plan = act(county, plan, "revised", Map.of("note", "已按专家意见修改"));
        // promulgated on the Mid-Autumn holiday; 15 working days from the next day skip 国庆 and count Sat 10/10
        plan = act(
                county,
                plan,
                "promulgate",
                Map.of("body", "锡林浩特市人民政府", "promulgatedOn", "2026-09-25", "documentNumber", "锡政发〔2026〕12号"));
        assertThat(plan.get("filingDue").asString()).isEqualTo("2026-10-22");
        assertThat(plan.get("filingExplanation").toString()).contains("10-10");
        assertThat(plan.get("currentStep").get("workingDays").asInt()).isEqualTo(15);
        assertThat(plan.get("currentStep").get("article").asString()).isEqualTo("第六条");

        // the run's filing step registered the deadline, titled by the plan and the step
        String deadlineTitle = plan.get("title").asString() + "："
                + plan.get("currentStep").get("nameZh").asString();
        JsonNode deadlines =
                county.get("/api/deadlines?within=250&size=100").json().get("content");
        assertThat(deadlines.findValuesAsString("title")).contains(deadlineTitle);
        assertThat(deadlines.findValuesAsString("dueDate")).contains("2026-10-22");
        assertThat(plan.get("run").get("deadline").get("due").asString()).isEqualTo("2026-10-22");

        plan = act(county, plan, "file", Map.of("filedOn", "2026-10-22"));
        assertThat(county.get("/api/deadlines?within=250&size=100")
                        .json()
                        .get("content")
                        .findValuesAsString("title"))
                .doesNotContain(deadlineTitle);
        // filing is received, not self-declared (IM eco-civ art. 6): the department's receipt files the plan
        assertThat(plan.get("state").asString()).isEqualTo("IN_PROGRESS");
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("RECEIVE_FILING");
        assertThat(plan.get("filingReceivedOn").isNull()).isTrue();
        act(county, plan, "acknowledge", Map.of("receivedOn", "2026-10-23"), 403);
        act(province, plan, "acknowledge", Map.of("receivedOn", "2026-10-21"), 400);
        act(province, plan, "acknowledge", Map.of(), 400);
        plan = act(province, plan, "acknowledge", Map.of("receivedOn", "2026-10-23", "opinion", "已接收备案"));
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
        assertThat(plan.get("filedOn").asString()).isEqualTo("2026-10-22");
        assertThat(plan.get("filingReceivedOn").asString()).isEqualTo("2026-10-23");
        assertThat(plan.get("filingReceivedBy").asString()).isNotBlank();
        assertThat(plan.get("filedLate").asBoolean()).isFalse();
        assertThat(plan.get("timeline").findValuesAsString("action"))
                .containsExactly(
                        "ATTACHED",
                        "SUBMITTED",
                        "RETURNED",
                        "SUBMITTED",
                        "EXAMINED",
                        "REVIEWED",
                        "ATTACHED",
                        "REVISED",
                        "PROMULGATED",
                        "FILED",
                        "FILING_RECEIVED");
        assertThat(plan.get("timeline").get(10).get("opinion").asString()).isEqualTo("已接收备案");
        // each act records the text it saw; after the revision the examined text is still downloadable
        assertThat(plan.get("timeline").get(4).get("documentId").asLong()).isEqualTo(examinedText);
        assertThat(plan.get("timeline").get(5).get("documentId").asLong()).isEqualTo(examinedText);
        assertThat(plan.get("timeline").get(8).get("documentId").asLong())
                .isEqualTo(plan.get("documentId").asLong());
        String text = "/api/plans/" + plan.get("id").asLong() + "/document";
        assertThat(province.download(text + "?documentId=" + examinedText)).isEqualTo(PDF);
        assertThat(province.download(text)).isEqualTo(revisedText);
        assertThat(province.get(text + "?documentId=" + (examinedText + 100_000))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aLeaguePlanIsExaminedByTheDepartmentAndReviewedByTheMinistryAndAFilingAfterTheDeadlineIsLate() {
        Browser league = as(Role.PREFECTURE_GOVERNMENT, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");

        JsonNode plan = drafted(league, "锡林郭勒盟生态文明建设示范区规划");
        assertThat(plan.get("steps").findValuesAsString("type"))
                .containsExactly(
                        "SUBMIT", "EXAMINE", "MINISTRY_REVIEW", "REVISE", "PROMULGATE", "FILE", "RECEIVE_FILING");
        plan = act(league, plan, "submit", Map.of());
        plan = act(province, plan, "examine", Map.of("opinion", "提请生态环境部评审"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "reviewedOn", "2026-02-01", "opinion", "生态环境部评审通过"));
        plan = act(league, plan, "revised", Map.of());
        plan = act(
                league,
                plan,
                "promulgate",
                Map.of("body", "锡林郭勒盟人大常委会", "promulgatedOn", "2026-03-02", "documentNumber", "锡人发〔2026〕3号"));
        assertThat(plan.get("overdue").asBoolean())
                .as("due %s", plan.get("filingDue"))
                .isTrue();

        plan = act(league, plan, "file", Map.of("filedOn", "2026-04-30"));
        // the Ministry receives it; the department records the receipt
        plan = act(province, plan, "acknowledge", Map.of("receivedOn", "2026-05-06"));
        assertThat(plan.get("state").asString()).isEqualTo("FILED");
        assertThat(plan.get("filedLate").asBoolean()).isTrue();
        assertThat(plan.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void aPromulgationOrAFilingDatedAfterTodayIsRefusedWithTheFieldAndChangesNothing() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        // after the application's today (its clock, which other tests move on), by a margin
        String tomorrow = java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Shanghai")))
                .plusDays(30)
                .toString();
        JsonNode plan = act(county, drafted(county, "未来日期测试规划"), "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意"));
        plan = act(
                province,
                plan,
                "review",
                Map.of("outcome", "PASS", "panel", "专家组", "reviewedOn", "2026-03-01", "opinion", "通过"));
        plan = act(county, plan, "revised", Map.of());

        JsonNode refused = act(
                county,
                plan,
                "promulgate",
                Map.of("body", "人民政府", "promulgatedOn", tomorrow, "documentNumber", "政发〔2026〕1号"),
                400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("promulgatedOn");
        plan = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("PROMULGATE");

        plan = act(
                county,
                plan,
                "promulgate",
                Map.of("body", "人民政府", "promulgatedOn", "2026-04-01", "documentNumber", "政发〔2026〕1号"));
        refused = act(county, plan, "file", Map.of("filedOn", tomorrow), 400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("filedOn");
        plan = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("FILE");
        assertThat(plan.get("filedOn").isNull()).isTrue();
    }

    @Test
    void theCreateDialogIsOfferedTheRegulationsThatApplyIncludingXilingolsDraftWhichTheServerAccepts() {
        Browser xilinhot = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode offered = xilinhot.get("/api/plans/regulations").json();
        assertThat(offered.findValuesAsString("code"))
                .containsExactlyInAnyOrder(IM_ECOCIV, "IM-TWOMTN-2022", "XL-TWOMTN");
        for (JsonNode r : offered) {
            assertThat(r.get("status").asString())
                    .isEqualTo("XL-TWOMTN".equals(r.get("code").asString()) ? "DRAFT" : "PUBLISHED");
        }
        Response draft = xilinhot.post(
                "/api/plans",
                Map.of("regulation", "XL-TWOMTN", "title", "转化实践区计划", "periodStart", 2026, "periodEnd", 2026));
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);

        assertThat(as(Role.COUNTY_GOVERNMENT, "520381")
                        .get("/api/plans/regulations")
                        .json()
                        .findValuesAsString("code"))
                .containsExactly("GZ-TWOMTN-2021");
        assertThat(as(Role.PROVINCE_STAFF, "150000")
                        .get("/api/plans/regulations")
                        .json())
                .isEmpty();
    }

    @Test
    void theSubmitterWithdrawsBeforeTheExaminationButNotAfter() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        JsonNode plan = act(county, drafted(county, "撤回测试规划"), "submit", Map.of());
        assertThat(allowed(plan)).contains("WITHDRAW");

        plan = act(county, plan, "withdraw", Map.of());
        assertThat(plan.get("state").asString()).isEqualTo("DRAFT");

        plan = act(county, plan, "submit", Map.of());
        plan = act(league, plan, "examine", Map.of("opinion", "同意"));
        JsonNode asCounty = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(allowed(asCounty)).doesNotContain("WITHDRAW");
        act(county, asCounty, "withdraw", Map.of(), 409);
    }

    @Test
    void othersCannotActOrSeeAndAStaleVersionIsAConflict() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = drafted(county, "权限测试规划");
        long id = plan.get("id").asLong();

        assertThat(as(Role.PREFECTURE_STAFF, "150100").get("/api/plans/" + id).status())
                .isEqualTo(404);
        assertThat(as(Role.PROVINCE_STAFF, "520000").get("/api/plans/" + id).status())
                .isEqualTo(404);
        Browser league = as(Role.PREFECTURE_STAFF, "152500");
        act(league, plan, "submit", Map.of(), 403);

        Map<String, Object> edit = Map.of(
                "title",
                "改名一",
                "periodStart",
                2026,
                "periodEnd",
                2030,
                "version",
                plan.get("version").asLong());
        assertThat(county.put("/api/plans/" + id, edit).status()).isEqualTo(200);
        Response stale = county.put(
                "/api/plans/" + id,
                Map.of(
                        "title",
                        "改名二",
                        "periodStart",
                        2026,
                        "periodEnd",
                        2030,
                        "version",
                        plan.get("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(county.get("/api/plans/" + id).json().get("title").asString())
                .isEqualTo("改名一");
    }

    @Test
    void aPlanTextThatIsNotPdfOrWordIsRefusedByItsContentAndNothingIsAttached() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        JsonNode plan = county.post(
                        "/api/plans",
                        Map.of("regulation", IM_ECOCIV, "title", "附件测试", "periodStart", 2026, "periodEnd", 2030))
                .json();
        Response refused = county.upload(
                "/api/plans/" + plan.get("id").asLong() + "/document?version="
                        + plan.get("version").asLong(),
                "规划.pdf",
                "这不是PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(415);
        JsonNode held = county.get("/api/plans/" + plan.get("id").asLong()).json();
        assertThat(held.get("documentId").isNull()).isTrue();
        act(county, held, "submit", Map.of(), 422);
    }

    @Test
    void theImTwoMountainsPathHasTheDepartmentsReviewAndFilingAndGuizhouPromulgatesWithoutExamination() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152502");
        Response twoMountains = county.post(
                "/api/plans",
                Map.of("regulation", "IM-TWOMTN-2022", "title", "两山实施方案", "periodStart", 2026, "periodEnd", 2028));
        assertThat(twoMountains.json().get("planKind").asString()).isEqualTo("IMPLEMENTATION_PLAN");
        assertThat(twoMountains.json().get("steps").findValuesAsString("type"))
                .containsExactly(
                        "SUBMIT", "EXAMINE", "EXPERT_REVIEW", "REVISE", "PROMULGATE", "FILE", "RECEIVE_FILING");

        // Guizhou art. 8: the implementation plan is issued by the government itself; no examination or filing
        Browser chishui = as(Role.COUNTY_GOVERNMENT, "520381");
        JsonNode plan = chishui.post(
                        "/api/plans",
                        Map.of(
                                "regulation",
                                "GZ-TWOMTN-2021",
                                "title",
                                "赤水市两山基地建设实施方案",
                                "periodStart",
                                2026,
                                "periodEnd",
                                2028))
                .json();
        assertThat(plan.get("steps").findValuesAsString("type")).containsExactly("PROMULGATE");
        assertThat(plan.get("currentStep").get("type").asString()).isEqualTo("PROMULGATE");
        assertThat(plan.get("run").get("allowedActions").get(0).get("stepCode").asString())
                .isEqualTo("PROMULGATE");
        plan = act(
                chishui,
                plan,
                "promulgate",
                Map.of("body", "赤水市人民政府", "promulgatedOn", "2026-05-06", "documentNumber", "赤府发〔2026〕9号"));
        assertThat(plan.get("state").asString()).isEqualTo("IN_FORCE");
        assertThat(plan.get("filingDue").isNull()).isTrue();

        // a county outside the jurisdiction cannot start a plan under it
        assertThat(county.post(
                                "/api/plans",
                                Map.of(
                                        "regulation",
                                        "GZ-TWOMTN-2021",
                                        "title",
                                        "越界",
                                        "periodStart",
                                        2026,
                                        "periodEnd",
                                        2028))
                        .status())
                .isEqualTo(403);
    }
}
