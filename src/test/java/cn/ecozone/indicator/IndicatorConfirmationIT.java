package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Values and their confirmation, as in DHIS2 data approval, through HTTP. */
@ApiTest
class IndicatorConfirmationIT {

    static final String EDITION = IndicatorEvaluationIT.GUIZHOU;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser as(Role role, String region) {
        Browser browser = new Browser(port);
        assertThat(browser.login(fixtures.user(role, region), Fixtures.PASSWORD).status())
                .isEqualTo(200);
        return browser;
    }

    private static String values(String region, int year, String indicator) {
        return "/api/indicator-values/" + EDITION + "/" + region + "/" + year + "/" + indicator;
    }

    private static String submission(String region, int year, String transition) {
        return "/api/indicator-submissions/" + EDITION + "/" + region + "/" + year + "/" + transition;
    }

    private static Map<String, Object> number(double value) {
        return new HashMap<>(Map.of("value", value, "source", "统计年鉴"));
    }

    @Test
    void countySubmitsPrefectureConfirmsAndTheValuesAreLocked() {
        String county = "520302"; // 红花岗区, Zunyi
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        assertThat(subject.put(values(county, 2023, "GZ-05"), number(96.5)).status())
                .isEqualTo(200);

        JsonNode before = subject.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2023")
                .json();
        assertThat(before.get("state").asString()).isEqualTo("OPEN");
        assertThat(before.has("maySubmit")
                        || before.has("mayConfirm")
                        || before.has("mayReturn")
                        || before.has("mayReopen"))
                .as("allowedActions replace the may* flags (issue 9)")
                .isFalse();
        assertThat(before.get("mayEdit").asBoolean()).isTrue();
        assertThat(offers(before, "ACT", "SUBMIT")).isTrue();
        assertThat(offers(before, "ACT", "CONFIRM")).isFalse();

        assertThat(cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT"))
                        .status())
                .isEqualTo(200);
        Response locked = subject.put(values(county, 2023, "GZ-05"), number(97));
        assertThat(locked.status()).isEqualTo(409);

        Browser bureau = as(Role.PREFECTURE_STAFF, "520300");
        JsonNode inbox =
                bureau.get("/api/indicator-submissions/inbox?size=100").json().get("content");
        assertThat(inbox)
                .anySatisfy(s -> assertThat(s.get("regionCode").asString()).isEqualTo(county));
        JsonNode pending = bureau.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2023")
                .json();
        assertThat(offers(pending, "ACT", "CONFIRM")).isTrue();
        assertThat(pending.get("mayEdit").asBoolean()).isFalse();

        JsonNode confirmed =
                bureau.post(submission(county, 2023, "CONFIRM"), Map.of()).json();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(offers(confirmed, "REOPEN", "CONFIRM")).isTrue();
        assertThat(subject.put(values(county, 2023, "GZ-05"), number(97)).status())
                .isEqualTo(409);
    }

    @Test
    void returnNeedsAReasonAndLetsTheCountyEditAndResubmit() {
        String county = "520303"; // 汇川区
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        subject.put(values(county, 2023, "GZ-06"), number(90));
        cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT"));

        Browser bureau = as(Role.PREFECTURE_STAFF, "520300");
        Response noReason = bureau.post(submission(county, 2023, "RETURN"), Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");

        JsonNode returned = bureau.post(submission(county, 2023, "RETURN"), Map.of("reason", "污染地块数据来源不明，请补充佐证"))
                .json();
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");

        JsonNode seen = subject.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2023")
                .json();
        assertThat(seen.get("reason").asString()).contains("佐证");
        assertThat(seen.get("mayEdit").asBoolean()).isTrue();

        long version = seen.get("values").get(0).get("version").asLong();
        Map<String, Object> change = number(96);
        Response withoutReason = subject.put(values(county, 2023, "GZ-06"), withVersion(change, version));
        assertThat(withoutReason.status()).isEqualTo(400);
        change.put("reason", "补充了核查数据");
        assertThat(subject.put(values(county, 2023, "GZ-06"), withVersion(change, version))
                        .status())
                .isEqualTo(200);
        assertThat(cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT"))
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void onlyTheConfirmerReopensWithAReason() {
        String county = "520304"; // 播州区
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        subject.put(values(county, 2022, "GZ-05"), number(99));
        cn.ecozone.support.MissingValues.submit(subject, submission(county, 2022, "SUBMIT"));
        Browser confirmer = as(Role.PREFECTURE_STAFF, "520300");
        confirmer.post(submission(county, 2022, "CONFIRM"), Map.of());

        Browser colleague = as(Role.PREFECTURE_STAFF, "520300");
        assertThat(colleague
                        .post(submission(county, 2022, "REOPEN"), Map.of("reason", "复核"))
                        .status())
                .isEqualTo(403);
        assertThat(confirmer.post(submission(county, 2022, "REOPEN"), Map.of()).status())
                .isEqualTo(400);
        JsonNode reopened = confirmer
                .post(submission(county, 2022, "REOPEN"), Map.of("reason", "发现统计口径错误"))
                .json();
        assertThat(reopened.get("state").asString()).isEqualTo("RETURNED");
        assertThat(subject.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2022")
                        .json()
                        .get("mayEdit")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void provinceStaffConfirmAndReopenACountyYearInsteadOfTheBureauWhoIsNoLongerAsked() {
        String county = "520326"; // 务川县, Zunyi
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        subject.put(values(county, 2021, "GZ-05"), number(95));
        cn.ecozone.support.MissingValues.submit(subject, submission(county, 2021, "SUBMIT"));
        Browser province = as(Role.PROVINCE_STAFF, "520000");
        Browser bureau = as(Role.PREFECTURE_STAFF, "520300");
        assertThat(province.get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .anySatisfy(s -> assertThat(s.get("regionCode").asString()).isEqualTo(county));

        JsonNode confirmed =
                province.post(submission(county, 2021, "CONFIRM"), Map.of()).json();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(bureau.get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .noneSatisfy(s -> assertThat(s.get("regionCode").asString()).isEqualTo(county));
        assertThat(bureau.post(submission(county, 2021, "REOPEN"), Map.of("reason", "复核"))
                        .status())
                .isEqualTo(403);
        JsonNode reopened = province.post(submission(county, 2021, "REOPEN"), Map.of("reason", "口径有误"))
                .json();
        assertThat(reopened.get("state").asString()).isEqualTo("RETURNED");
    }

    @Test
    void countyCannotConfirmItsOwnYearAndASiblingCannotSeeIt() {
        String county = "520322"; // 桐梓县
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        subject.put(values(county, 2023, "GZ-05"), number(97));
        cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT"));
        assertThat(subject.post(submission(county, 2023, "CONFIRM"), Map.of()).status())
                .isEqualTo(403);

        Browser sibling = as(Role.COUNTY_GOVERNMENT, "520323"); // 绥阳县
        assertThat(sibling.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2023")
                        .status())
                .isEqualTo(404);
        assertThat(sibling.put(values(county, 2023, "GZ-05"), number(1)).status())
                .isEqualTo(404);
        Browser otherPrefecture = as(Role.PREFECTURE_STAFF, "520100"); // 贵阳市
        assertThat(otherPrefecture
                        .post(submission(county, 2023, "CONFIRM"), Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(otherPrefecture
                        .get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .noneSatisfy(s -> assertThat(s.get("regionCode").asString()).isEqualTo(county));
    }

    @Test
    void refusesValuesThatDoNotSuitTheIndicatorAndChangesNothing() {
        String county = "520323";
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        Response percent = subject.put(values(county, 2021, "GZ-05"), number(120));
        assertThat(percent.status()).isEqualTo(400);
        assertThat(percent.json().get("errors").get(0).get("field").asString()).isEqualTo("value");
        assertThat(subject.put(values(county, 2021, "GZ-99"), number(1)).status())
                .isEqualTo(404);
        assertThat(subject.put(values(county, 2099, "GZ-05"), number(50)).status())
                .isEqualTo(400);
        assertThat(subject.put(values(county, 2021, "GZ-18"), Map.of("value", 1))
                        .status())
                .isEqualTo(400);
        assertThat(subject.get("/api/indicator-values?edition=" + EDITION + "&region=" + county + "&year=2021")
                        .json()
                        .get("values"))
                .isEmpty();
    }

    @Test
    void twoConfirmersAtOnceOneWinsTheOtherGets409() {
        String county = "520324"; // 正安县
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        subject.put(values(county, 2023, "GZ-05"), number(97));
        cn.ecozone.support.MissingValues.submit(subject, submission(county, 2023, "SUBMIT"));
        Browser first = as(Role.PREFECTURE_STAFF, "520300");
        Browser second = as(Role.PREFECTURE_STAFF, "520300");
        assertThat(first.post(submission(county, 2023, "CONFIRM"), Map.of()).status())
                .isEqualTo(200);
        Response late = second.post(submission(county, 2023, "RETURN"), Map.of("reason", "晚到的退回"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("CONFIRMED");
    }

    /** Whether the year's run offers {@code action} on {@code step} (its allowedActions: no may* flags). */
    static boolean offers(JsonNode year, String action, String step) {
        JsonNode run = year.get("run");
        if (run == null || run.isNull()) {
            return false;
        }
        for (JsonNode a : run.get("allowedActions")) {
            if (a.get("action").asString().equals(action)
                    && a.get("stepCode").asString().equals(step)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put("version", version);
        return copy;
    }
}
