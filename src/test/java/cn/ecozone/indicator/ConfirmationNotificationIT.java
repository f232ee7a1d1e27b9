package cn.ecozone.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An indicator year's confirmation runs on the procedure engine, so its notifications come from the
 * engine's events: a submission tells the prefecture's bureau, a return the county, each user once.
 * Tongren (520600), where no other test acts.
 */
@ApiTest
class ConfirmationNotificationIT {

    private static final String EDITION = IndicatorEvaluationIT.GUIZHOU;
    private static final String COUNTY = "520602"; // 碧江区
    private static final String LINK = "/indicator-entry?edition=" + EDITION + "&region=" + COUNTY + "&year=2024";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    private Browser as(String username) {
        Browser browser = new Browser(port);
        assertThat(browser.login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
        return browser;
    }

    /** The notifications of {@code username} about this year whose source key ends with {@code what}. */
    private long notified(String username, String what) {
        return notified(username, LINK, what);
    }

    private long notified(String username, String link, String what) {
        return jdbc.sql("select count(*) from notification n join user_account u on u.id = n.recipient_id"
                        + " where u.username = :u and n.link = :link and n.source_key like :what")
                .param("u", username)
                .param("link", link)
                .param("what", "%:" + what)
                .query(Long.class)
                .single();
    }

    @Test
    void aSubmissionNotifiesThePrefectureBureauAndAReturnTheCountyEachOnce() {
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        String bureau = fixtures.user(Role.PREFECTURE_STAFF, "520600");
        String province = fixtures.user(Role.PROVINCE_STAFF, "520000");
        Browser subject = as(county);
        assertThat(subject.put(
                                "/api/indicator-values/" + EDITION + "/" + COUNTY + "/2024/GZ-05",
                                Map.of("value", 95.0, "source", "统计年鉴"))
                        .status())
                .isEqualTo(200);
        String submit = "/api/indicator-submissions/" + EDITION + "/" + COUNTY + "/2024/";
        assertThat(cn.ecozone.support.MissingValues.submit(subject, submit + "SUBMIT")
                        .status())
                .isEqualTo(200);
        deliveries.awaitSettled();
        assertThat(notified(bureau, "opened")).isEqualTo(1);
        assertThat(notified(county, "%")).isZero();

        assertThat(as(bureau)
                        .post(submit + "RETURN", Map.of("reason", "请补充数据来源"))
                        .status())
                .isEqualTo(200);
        deliveries.awaitSettled();
        assertThat(notified(county, "returned")).isEqualTo(1);
        assertThat(notified(county, "%")).as("nothing else for the county").isEqualTo(1);
        assertThat(notified(bureau, "%"))
                .as("the bureau only for the submission")
                .isEqualTo(1);
        assertThat(notified(province, "superseded"))
                .as("the province's confirm task closed by the bureau's return: no division returned a parallel step")
                .isZero();
    }

    @Test
    void aReopenedYearTellsTheCountyWhyOnceAndTheConfirmerClosedByTheOthersActIsNotToldOfIt() {
        String region = "520621"; // 江口县
        String link = "/indicator-entry?edition=" + EDITION + "&region=" + region + "&year=2024";
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, region);
        String bureau = fixtures.user(Role.PREFECTURE_STAFF, "520600");
        String province = fixtures.user(Role.PROVINCE_STAFF, "520000");
        Browser subject = as(county);
        subject.put(
                "/api/indicator-values/" + EDITION + "/" + region + "/2024/GZ-05",
                Map.of("value", 95.0, "source", "统计年鉴"));
        String year = "/api/indicator-submissions/" + EDITION + "/" + region + "/2024/";
        assertThat(cn.ecozone.support.MissingValues.submit(subject, year + "SUBMIT")
                        .status())
                .isEqualTo(200);
        Browser confirmer = as(bureau);
        assertThat(confirmer.post(year + "CONFIRM", Map.of()).status()).isEqualTo(200);
        assertThat(confirmer.post(year + "REOPEN", Map.of("reason", "统计口径有误")).status())
                .isEqualTo(200);
        deliveries.awaitSettled();
        assertThat(notified(county, link, "reopened")).isEqualTo(1);
        assertThat(jdbc.sql("select n.body from notification n join user_account u on u.id = n.recipient_id"
                                + " where u.username = :u and n.link = :link and n.source_key like '%:reopened'")
                        .param("u", county)
                        .param("link", link)
                        .query(String.class)
                        .single())
                .contains("统计口径有误");
        assertThat(notified(province, link, "superseded"))
                .as("the province's task was closed by the bureau's confirmation, not by a return")
                .isZero();

        assertThat(cn.ecozone.support.MissingValues.submit(subject, year + "SUBMIT")
                        .status())
                .isEqualTo(200);
        assertThat(confirmer.post(year + "RETURN", Map.of("reason", "请补充来源")).status())
                .isEqualTo(200);
        deliveries.awaitSettled();
        assertThat(notified(county, link, "reopened")).as("once").isEqualTo(1);
        assertThat(notified(county, link, "returned")).isEqualTo(1);
    }
}
