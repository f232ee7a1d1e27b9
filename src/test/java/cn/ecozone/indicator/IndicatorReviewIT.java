package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MissingValues;
import cn.ecozone.support.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The review side of an indicator year over HTTP (issue 14 §2): a return naming indicators, the
 * confirmation's opinion, the review history, the league's overview of 兴安盟 with its 催报 reminder, and
 * the confirmation of several counties at once. Each run publishes its own county-level edition of Inner
 * Mongolia, so no other test's years are touched.
 */
@ApiTest
class IndicatorReviewIT {

    static final String LEAGUE = "152200"; // 兴安盟

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    private String edition;

    @BeforeEach
    void publishEdition() {
        edition = ReviewTestEditions.publish(as(Role.PROVINCE_STAFF, "150000"));
    }

    private Browser as(Role role, String region) {
        return as(fixtures.user(role, region));
    }

    private Browser as(String username) {
        Browser browser = new Browser(port);
        assertThat(browser.login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
        return browser;
    }

    private String submission(String county, int year, String move) {
        return "/api/indicator-submissions/" + edition + "/" + county + "/" + year + "/" + move;
    }

    private void enterAndSubmit(String county, int year) {
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        Response entered = subject.put(
                "/api/indicator-values/" + edition + "/" + county + "/" + year + "/R-01",
                Map.of("value", 65.0, "source", "统计年鉴"));
        assertThat(entered.status()).as(entered.toString()).isEqualTo(200);
        Response submitted = MissingValues.submit(subject, submission(county, year, "SUBMIT"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    private JsonNode review(Browser who, String county, int year) {
        Response r = who.get("/api/indicator-reviews?edition=" + edition + "&region=" + county + "&year=" + year);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static Map<String, Object> comment(String indicator, String text) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("indicator", indicator);
        c.put("comment", text);
        return c;
    }

    @Test
    void aReturnNamesIndicatorsEachWithItsCommentAndTheConfirmationKeepsItsOpinionInTheHistory() {
        String county = "152201"; // 乌兰浩特市
        enterAndSubmit(county, 2025);
        Browser bureau = as(Role.PREFECTURE_STAFF, LEAGUE);

        Response returned = bureau.post(
                submission(county, 2025, "RETURN"),
                Map.of(
                        "reason",
                        "请核实以下指标",
                        "comments",
                        List.of(comment("R-01", "数据来源与统计年鉴不一致"), comment("R-02", "缺少佐证材料"))));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");

        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        JsonNode seen = review(subject, county, 2025);
        assertThat(seen.get("latest").get("action").asString()).isEqualTo("RETURN");
        assertThat(seen.get("latest").get("opinion").asString()).isEqualTo("请核实以下指标");
        assertThat(seen.get("latest").get("comments"))
                .extracting(c ->
                        c.get("indicator").asString() + ":" + c.get("comment").asString())
                .containsExactly("R-01:数据来源与统计年鉴不一致", "R-02:缺少佐证材料");

        assertThat(MissingValues.submit(subject, submission(county, 2025, "SUBMIT"))
                        .status())
                .isEqualTo(200);
        Response confirmed = bureau.post(submission(county, 2025, "CONFIRM"), Map.of("opinion", "  数据已核实，同意确认  "));
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);

        JsonNode after = review(subject, county, 2025);
        assertThat(after.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(after.get("latest").get("action").asString()).isEqualTo("CONFIRM");
        assertThat(after.get("latest").get("opinion").asString()).isEqualTo("数据已核实，同意确认");
        assertThat(after.get("history")).hasSize(2);
        assertThat(after.get("history").get(0).get("comments")).hasSize(2);
        assertThat(after.get("history").get(0).get("decidedBy").asString()).isNotBlank();
    }

    @Test
    void badCommentsAndMisplacedOpinionsAreRefusedNamingTheFieldAndNothingChanges() {
        String county = "152202"; // 阿尔山市
        enterAndSubmit(county, 2025);
        Browser bureau = as(Role.PREFECTURE_STAFF, LEAGUE);
        String ret = submission(county, 2025, "RETURN");

        assertField(
                bureau.post(ret, Map.of("reason", "请核实", "comments", List.of(comment("X-99", "无此指标")))),
                "comments[0].indicator");
        assertField(
                bureau.post(ret, Map.of("reason", "请核实", "comments", List.of(comment("R-01", "  ")))),
                "comments[0].comment");
        assertField(
                bureau.post(
                        ret, Map.of("reason", "请核实", "comments", List.of(comment("R-01", "一"), comment("R-01", "二")))),
                "comments[1].indicator");
        assertField(
                bureau.post(ret, Map.of("reason", "请核实", "comments", List.of(comment("R-01", "长".repeat(501))))),
                "comments[0].comment");
        assertField(bureau.post(ret, Map.of("reason", "请核实", "opinion", "同意")), "opinion");
        // an indicator longer than any code is refused for its length, as a missing value's indicator is
        // (review s16 #9), not looked up
        Response tooLong =
                bureau.post(ret, Map.of("reason", "请核实", "comments", List.of(comment("R".repeat(41), "过长"))));
        assertField(tooLong, "comments[0].indicator");
        assertThat(tooLong.json().get("errors").get(0).get("message").asString())
                .contains("40");
        assertField(
                bureau.post(
                        submission(county, 2025, "CONFIRM"), Map.of("comments", List.of(comment("R-01", "确认时不逐项评论")))),
                "comments");

        JsonNode unchanged = review(bureau, county, 2025);
        assertThat(unchanged.get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(unchanged.get("history")).isEmpty();
        assertThat(unchanged.get("latest").isNull()).isTrue();
    }

    private static void assertField(Response refused, String field) {
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("errors"))
                .extracting(e -> e.get("field").asString())
                .contains(field);
    }

    @Test
    void theLeagueSeesEachCountysStateAndRemindsThoseNotSubmittedOnceADay() {
        Browser county = as(Role.COUNTY_GOVERNMENT, "152222");
        assertThat(county.put(
                                "/api/indicator-values/" + edition + "/152222/2024/R-01",
                                Map.of("value", 61.0, "source", "统计年鉴"))
                        .status())
                .isEqualTo(200);
        enterAndSubmit("152223", 2024);
        Browser bureau = as(Role.PREFECTURE_STAFF, LEAGUE);
        String overview = "/api/indicator-overview?edition=" + edition + "&year=2024";

        JsonNode all = bureau.get(overview).json();
        assertThat(all.get("parentCode").asString()).isEqualTo(LEAGUE);
        assertThat(all.get("page").get("content"))
                .extracting(r -> r.get("regionCode").asString())
                .contains("152201", "152202", "152222", "152223", "152224");
        assertThat(all.get("counts").get("DRAFT").asLong()).isEqualTo(1);
        assertThat(all.get("counts").get("SUBMITTED").asLong()).isEqualTo(1);
        JsonNode submitted = bureau.get(overview + "&state=SUBMITTED").json().get("page");
        assertThat(submitted.get("totalElements").asLong()).isEqualTo(1);
        assertThat(submitted.get("content").get(0).get("regionCode").asString()).isEqualTo("152223");
        assertThat(submitted.get("content").get(0).get("mayConfirm").asBoolean())
                .isTrue();
        assertThat(submitted.get("content").get(0).get("submittedAt").isNull()).isFalse();

        String countyUser = fixtures.user(Role.COUNTY_GOVERNMENT, "152222");
        Response reminded = bureau.post(
                "/api/indicator-overview/remind",
                Map.of("edition", edition, "year", 2024, "regions", List.of("152222", "152223")));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(200);
        assertThat(reminded.json())
                .extracting(o ->
                        o.get("regionCode").asString() + ":" + o.get("status").asInt())
                .containsExactly("152222:200", "152223:409");
        deliveries.awaitSettled();
        assertThat(notified(countyUser)).isEqualTo(1);

        Response again = bureau.post(
                "/api/indicator-overview/remind",
                Map.of("edition", edition, "year", 2024, "regions", List.of("152222")));
        assertThat(again.json().get(0).get("status").asInt()).isEqualTo(409);
        assertThat(again.json().get(0).get("message").asString()).contains("今天已催报");
        deliveries.awaitSettled();
        assertThat(notified(countyUser)).isEqualTo(1);
        JsonNode drafts =
                bureau.get(overview + "&state=DRAFT").json().get("page").get("content");
        assertThat(drafts.get(0).get("remindedToday").asBoolean()).isTrue();
        assertThat(drafts.get(0).get("mayRemind").asBoolean()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_record where target = :t and changes like '%reminded%'")
                        .param("t", "IndicatorSubmission:" + edition + "/152222/2024")
                        .query(Long.class)
                        .single())
                .as("the reminder is audited")
                .isGreaterThanOrEqualTo(1);

        // a county does not see the overview; another province is not the league's
        assertThat(county.get(overview).status()).isEqualTo(403);
        assertThat(bureau.get(overview + "&parent=520000").status()).isEqualTo(404);
    }

    private long notified(String username) {
        return jdbc.sql("select count(*) from notification n join user_account u on u.id = n.recipient_id"
                        + " where u.username = :u and n.source_key like :key")
                .param("u", username)
                .param("key", "indicator-reminder:" + edition + ":%")
                .query(Long.class)
                .single();
    }

    @Test
    void severalCountiesAreConfirmedAtOnceEachOnItsOwnAndOneChangedSinceReadingReports409() {
        enterAndSubmit("152201", 2026);
        enterAndSubmit("152202", 2026);
        Browser bureau = as(Role.PREFECTURE_STAFF, LEAGUE);
        JsonNode rows = bureau.get("/api/indicator-overview?edition=" + edition + "&year=2026&state=SUBMITTED")
                .json()
                .get("page")
                .get("content");
        Map<String, Long> versions = new LinkedHashMap<>();
        rows.forEach(r ->
                versions.put(r.get("regionCode").asString(), r.get("version").asLong()));
        assertThat(versions).containsOnlyKeys("152201", "152202");

        // 阿尔山 is returned and submitted again after the reviewer read it
        assertThat(bureau.post(submission("152202", 2026, "RETURN"), Map.of("reason", "请补充来源"))
                        .status())
                .isEqualTo(200);
        assertThat(as(Role.COUNTY_GOVERNMENT, "152202")
                        .post(
                                submission("152202", 2026, "SUBMIT"),
                                MissingValues.explained(
                                        as(Role.COUNTY_GOVERNMENT, "152202"), submission("152202", 2026, "SUBMIT")))
                        .status())
                .isEqualTo(200);

        // an item without the version read is refused before anything changes (review s15 #5)
        Response unread = bureau.post(
                "/api/indicator-overview/confirm",
                Map.of("edition", edition, "year", 2026, "items", List.of(Map.of("region", "152201"))));
        assertThat(unread.status()).as(unread.toString()).isEqualTo(400);
        assertThat(unread.body()).contains("items[0].version");

        Response batch = bureau.post(
                "/api/indicator-overview/confirm",
                Map.of(
                        "edition",
                        edition,
                        "year",
                        2026,
                        "opinion",
                        "经逐一核对，同意确认",
                        "items",
                        List.of(
                                Map.of("region", "152201", "version", versions.get("152201")),
                                Map.of("region", "152202", "version", versions.get("152202")),
                                Map.of("region", "152224", "version", 0))));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
        assertThat(batch.json())
                .extracting(o ->
                        o.get("regionCode").asString() + ":" + o.get("status").asInt())
                .containsExactly("152201:200", "152202:409", "152224:409");
        assertThat(batch.json().get(1).get("message").asString()).contains("变动");

        assertThat(review(bureau, "152201", 2026).get("latest").get("opinion").asString())
                .isEqualTo("经逐一核对，同意确认");
        assertThat(review(bureau, "152202", 2026).get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(as(Role.COUNTY_GOVERNMENT, "152201")
                        .post(
                                "/api/indicator-overview/confirm",
                                Map.of("edition", edition, "year", 2026, "items", List.of(Map.of("region", "152201"))))
                        .status())
                .isEqualTo(403);
    }
}
