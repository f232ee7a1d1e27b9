package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A province's own year (entered by province staff) is confirmed by a division reviewer of the same
 * province: four eyes inside the department, as the platform has no national role.
 */
@ApiTest
class ProvinceYearConfirmationIT {

    private static final String EDITION = "BIM-2024";
    private static final String PROVINCE = "150000";

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

    private static String submission(int year, String transition) {
        return "/api/indicator-submissions/" + EDITION + "/" + PROVINCE + "/" + year + "/" + transition;
    }

    private static String yearOf(int year) {
        return "/api/indicator-values?edition=" + EDITION + "&region=" + PROVINCE + "&year=" + year;
    }

    private Browser provinceSubmits(int year) {
        Browser staff = as(Role.PROVINCE_STAFF, PROVINCE);
        assertThat(staff.put(
                                "/api/indicator-values/" + EDITION + "/" + PROVINCE + "/" + year + "/BIM-01",
                                Map.of("value", 46.0, "source", "自治区林草局"))
                        .status())
                .isEqualTo(200);
        assertThat(cn.ecozone.support.MissingValues.submit(staff, submission(year, "SUBMIT"))
                        .status())
                .isEqualTo(200);
        return staff;
    }

    @Test
    void aDivisionReviewerOfTheProvinceConfirmsAndReopensTheProvincesOwnYear() {
        provinceSubmits(2031);
        Browser reviewer = as(Role.DIVISION_REVIEWER, PROVINCE);
        assertThat(reviewer.get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .anySatisfy(s -> {
                    assertThat(s.get("regionCode").asString()).isEqualTo(PROVINCE);
                    assertThat(s.get("year").asInt()).isEqualTo(2031);
                });
        JsonNode pending = reviewer.get(yearOf(2031)).json();
        assertThat(IndicatorConfirmationIT.offers(pending, "ACT", "CONFIRM")).isTrue();
        assertThat(pending.get("mayEdit").asBoolean()).isFalse();

        JsonNode confirmed =
                reviewer.post(submission(2031, "CONFIRM"), Map.of()).json();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(IndicatorConfirmationIT.offers(confirmed, "REOPEN", "CONFIRM"))
                .isTrue();
        assertThat(reviewer.post(submission(2031, "REOPEN"), Map.of("reason", "核对林草局更正数据"))
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("RETURNED");
    }

    @Test
    void aDivisionReviewerReturnsTheProvincesYearWithAReason() {
        provinceSubmits(2032);
        Browser reviewer = as(Role.DIVISION_REVIEWER, PROVINCE);
        assertThat(reviewer.post(submission(2032, "RETURN"), Map.of()).status()).isEqualTo(400);
        assertThat(reviewer.post(submission(2032, "RETURN"), Map.of("reason", "数据来源未附公报"))
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("RETURNED");
    }

    @Test
    void provinceStaffCannotConfirmTheProvincesOwnYear() {
        Browser submitter = provinceSubmits(2033);
        assertThat(submitter.post(submission(2033, "CONFIRM"), Map.of()).status())
                .isEqualTo(403);
        Browser colleague = as(Role.PROVINCE_STAFF, PROVINCE);
        assertThat(IndicatorConfirmationIT.offers(colleague.get(yearOf(2033)).json(), "ACT", "CONFIRM"))
                .isFalse();
        assertThat(colleague.post(submission(2033, "CONFIRM"), Map.of()).status())
                .isEqualTo(403);
        assertThat(colleague
                        .get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .noneSatisfy(s -> assertThat(s.get("regionCode").asString()).isEqualTo(PROVINCE));
    }

    @Test
    void aDivisionReviewerCannotSubmitTheProvincesYearAndSoConfirmAlone() {
        Browser staff = as(Role.PROVINCE_STAFF, PROVINCE);
        staff.put(
                "/api/indicator-values/" + EDITION + "/" + PROVINCE + "/2035/BIM-01",
                Map.of("value", 47.0, "source", "自治区林草局"));
        Browser reviewer = as(Role.DIVISION_REVIEWER, PROVINCE);
        assertThat(reviewer.post(submission(2035, "SUBMIT"), Map.of()).status()).isEqualTo(403);
        assertThat(reviewer.get(yearOf(2035)).json().get("state").asString()).isEqualTo("OPEN");
    }

    @Test
    void aDivisionReviewerOfAnotherProvinceCannotConfirm() {
        provinceSubmits(2034);
        Browser guizhou = as(Role.DIVISION_REVIEWER, "520000");
        assertThat(guizhou.post(submission(2034, "CONFIRM"), Map.of()).status()).isEqualTo(404);
        assertThat(guizhou.get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .noneSatisfy(s -> assertThat(s.get("regionCode").asString()).isEqualTo(PROVINCE));
    }

    @Test
    void aDivisionReviewerDoesNotConfirmBelowTheProvince() {
        String league = "152500"; // 锡林郭勒盟
        Browser government = as(Role.PREFECTURE_GOVERNMENT, league);
        assertThat(government
                        .put(
                                "/api/indicator-values/" + EDITION + "/" + league + "/2031/BIM-15",
                                Map.of("value", 60.0, "source", "盟统计局"))
                        .status())
                .isEqualTo(200);
        cn.ecozone.support.MissingValues.submit(
                government, "/api/indicator-submissions/" + EDITION + "/" + league + "/2031/SUBMIT");
        Browser reviewer = as(Role.DIVISION_REVIEWER, PROVINCE);
        assertThat(reviewer.post("/api/indicator-submissions/" + EDITION + "/" + league + "/2031/CONFIRM", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(as(Role.PROVINCE_STAFF, PROVINCE)
                        .post("/api/indicator-submissions/" + EDITION + "/" + league + "/2031/CONFIRM", Map.of())
                        .status())
                .isEqualTo(200);
    }
}
