package cn.ecozone.indicator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Years stored before the engine (rows of {@code indicator_submission} without a run, as V41 found
 * them) get their run at start-up and keep working: a submitted year waits in the bureau's inbox and
 * is confirmed, a confirmed one is reopened by its confirmer alone, a returned one resubmitted; the
 * timeline keeps the row's own names and times and nobody is notified of the old moves; a second
 * backfill starts nothing. Wanshan (520603), where no other test acts.
 */
@ApiTest
class ConfirmationBackfillIT {

    private static final String EDITION = "GZ-2SZS-2021";
    private static final String COUNTY = "520603"; // 万山区
    private static final String PATH = "/520000/520600/520603/";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfirmationBackfill backfill;

    @Autowired
    EventDeliveries deliveries;

    private Browser as(String username) {
        Browser browser = new Browser(port);
        assertThat(browser.login(username, Fixtures.PASSWORD).status()).isEqualTo(200);
        return browser;
    }

    private long userId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    /** A row as the confirmation stored it before V41: no run. */
    private void legacy(int year, String state, String submittedBy, Long decidedBy, String reason) {
        jdbc.sql("insert into indicator_submission (edition_code, region_code, region_path, unit_id, data_year,"
                        + " state, submitted_by, submitted_at, decided_by, decided_by_name, decided_at, reason, version)"
                        + " values (:e, :r, :p, 0, :y, :s, :sb, :sa, :db, :dn, :da, :reason, 0)")
                .param("e", EDITION)
                .param("r", COUNTY)
                .param("p", PATH)
                .param("y", year)
                .param("s", state)
                .param("sb", submittedBy)
                .param("sa", java.sql.Timestamp.from(Instant.parse("2025-03-01T02:00:00Z")))
                .param("db", decidedBy)
                .param("dn", decidedBy == null ? null : "旧确认人")
                .param("da", decidedBy == null ? null : java.sql.Timestamp.from(Instant.parse("2025-03-05T02:00:00Z")))
                .param("reason", reason)
                .update();
    }

    private static String move(int year, String transition) {
        return "/api/indicator-submissions/" + EDITION + "/" + COUNTY + "/" + year + "/" + transition;
    }

    @Test
    void yearsFromBeforeTheEngineGetTheirRunAndKeepWorking() {
        String county = fixtures.user(Role.COUNTY_GOVERNMENT, COUNTY);
        String confirmer = fixtures.user(Role.PREFECTURE_STAFF, "520600");
        String colleague = fixtures.user(Role.PREFECTURE_STAFF, "520600");
        legacy(2021, "SUBMITTED", county, null, null);
        legacy(2022, "CONFIRMED", county, userId(confirmer), null);
        legacy(2023, "RETURNED", county, userId(confirmer), "请补充佐证");
        String province = fixtures.user(Role.PROVINCE_STAFF, "520000");
        legacy(2024, "CONFIRMED", county, userId(province), null);

        assertThat(backfill.backfill()).isGreaterThanOrEqualTo(4);
        assertThat(backfill.backfill()).as("idempotent").isZero();

        Browser bureau = as(confirmer);
        assertThat(bureau.get("/api/indicator-submissions/inbox?size=100")
                        .json()
                        .get("content"))
                .anySatisfy(s -> {
                    assertThat(s.get("regionCode").asString()).isEqualTo(COUNTY);
                    assertThat(s.get("year").asInt()).isEqualTo(2021);
                });
        JsonNode confirmed = bureau.post(move(2021, "CONFIRM"), Map.of()).json();
        assertThat(confirmed.get("state").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("run").get("state").asString()).isEqualTo("FINISHED");

        assertThat(as(colleague)
                        .post(move(2022, "REOPEN"), Map.of("reason", "复核"))
                        .status())
                .isEqualTo(403);
        JsonNode reopened =
                bureau.post(move(2022, "REOPEN"), Map.of("reason", "统计口径更正")).json();
        assertThat(reopened.get("state").asString()).isEqualTo("RETURNED");
        assertThat(reopened.get("run").get("currentStepCode").asString()).isEqualTo("SUBMIT");
        assertThat(bureau.post(move(2024, "REOPEN"), Map.of("reason", "复核")).status())
                .as("the department confirmed 2024, not the bureau")
                .isEqualTo(403);
        assertThat(as(province)
                        .post(move(2024, "REOPEN"), Map.of("reason", "复核"))
                        .json()
                        .get("state")
                        .asString())
                .isEqualTo("RETURNED");

        Browser subject = as(county);
        JsonNode returned = subject.get("/api/indicator-values?edition=" + EDITION + "&region=" + COUNTY + "&year=2023")
                .json();
        assertThat(returned.get("mayEdit").asBoolean()).isTrue();
        assertThat(returned.get("run").get("currentStepCode").asString()).isEqualTo("SUBMIT");
        JsonNode timeline = returned.get("run").get("timeline");
        assertThat(timeline).extracting(e -> e.get("action").asString()).containsExactly("ACT", "RETURN");
        assertThat(timeline)
                .as("the row's own times, not the migration's")
                .extracting(e -> Instant.parse(e.get("at").asString()))
                .containsExactly(Instant.parse("2025-03-01T02:00:00Z"), Instant.parse("2025-03-05T02:00:00Z"));
        assertThat(timeline.get(1).get("opinion").asString()).isEqualTo("请补充佐证");
        assertThat(timeline.get(1).get("actorName").asString()).isEqualTo("旧确认人");

        deliveries.awaitSettled();
        assertThat(jdbc.sql("select count(*) from notification n join user_account u on u.id = n.recipient_id"
                                + " where u.username = :u and n.link like :link")
                        .param("u", county)
                        .param("link", "/indicator-entry?edition=" + EDITION + "&region=" + COUNTY + "&year=2023%")
                        .query(Long.class)
                        .single())
                .as("the old return is not told again")
                .isZero();
    }
}
