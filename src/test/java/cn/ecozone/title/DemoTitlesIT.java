package cn.ecozone.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.StartupTask;
import cn.ecozone.support.Browser;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo profile's titled subjects (issue 13): 太仆寺旗 in Inner Mongolia with a title in each programme
 * (one candidacy per subject and programme) and two counties in Guizhou, named on days relative to the
 * demo's start, each reached through its application chain, read over HTTP by the
 * province, league or city and county demo accounts and by anyone in the public list (the same context
 * and database as the other demo ITs).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoTitlesIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** The four demo titles, as region:programme. */
    private static final List<String> TITLES = List.of(
            "152527:ECO_CIVILIZATION_ZONE",
            "152527:TWO_MOUNTAINS_BASE",
            "520328:TWO_MOUNTAINS_BASE",
            "520329:TWO_MOUNTAINS_BASE");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    List<StartupTask> tasks;

    private Browser as(String account) {
        Browser b = new Browser(port);
        b.login(account, "Demo@2026");
        return b;
    }

    /** The demo's start day: the day the titles' dates were counted from. */
    private LocalDate startDay() {
        return jdbc.queryForObject(
                        "select created_at from title where region_code = '520329'", java.sql.Timestamp.class)
                .toInstant()
                .atZone(BEIJING)
                .toLocalDate();
    }

    private static List<String> regions(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("content").forEach(t -> codes.add(t.get("regionCode").asString()));
        return codes;
    }

    private static List<String> programmes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("content")
                .forEach(t -> codes.add(t.get("regionCode").asString() + ":"
                        + t.get("programme").asString()));
        return codes;
    }

    private static JsonNode only(JsonNode page) {
        assertThat(page.get("totalElements").asLong()).as(page.toString()).isEqualTo(1);
        return page.get("content").get(0);
    }

    @Test
    void taipusiHoldsAnEcoCivilizationZoneDueForItsTwoYearCheckAndATwoMountainsBaseOfAYearAgo() {
        LocalDate today = startDay();
        JsonNode zone = only(as("im.staff")
                .get("/api/titles?regionCode=152527&programme=ECO_CIVILIZATION_ZONE")
                .json());
        assertThat(zone.get("programme").asString()).isEqualTo("ECO_CIVILIZATION_ZONE");
        assertThat(zone.get("namedOn").asString())
                .isEqualTo(today.minusYears(2).minusDays(10).toString());
        assertThat(zone.get("namingBodyZh").asString()).isEqualTo("生态环境部");
        assertThat(zone.get("state").asString()).isEqualTo("VALID");
        assertThat(zone.get("validityUncertain").asBoolean()).isTrue();
        JsonNode base = only(as("im.staff")
                .get("/api/titles?regionCode=152527&programme=TWO_MOUNTAINS_BASE")
                .json());
        assertThat(base.get("programme").asString()).isEqualTo("TWO_MOUNTAINS_BASE");
        assertThat(base.get("namedOn").asString())
                .isEqualTo(today.minusYears(1).minusDays(20).toString());

        // the league's accounts and 太仆寺旗's government see both, 锡林浩特市 and 二连浩特市 none
        for (String account : List.of("xl.bureau", "xl.gov", "xl.committee", "tps.gov")) {
            assertThat(programmes(as(account).get("/api/titles").json()))
                    .as(account)
                    .containsExactlyInAnyOrder("152527:ECO_CIVILIZATION_ZONE", "152527:TWO_MOUNTAINS_BASE");
        }
        for (String county : List.of("xlht.gov", "elht.gov")) {
            assertThat(as(county).get("/api/titles").json().get("totalElements").asLong())
                    .as(county)
                    .isZero();
        }
        assertThat(regions(as("gz.staff").get("/api/titles").json())).doesNotContain("152527");
    }

    @Test
    void erenhotHoldsNoTwoMountainsCandidacySoItsCountyCanStillApplyInTheBrowserTest() {
        assertThat(as("im.staff")
                        .get("/api/candidacies?region=152501&programme=TWO_MOUNTAINS_BASE")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isZero();
    }

    @Test
    void guizhouHoldsABaseDueForItsThreeYearPostEvaluationExpiredByDateAndOneNamedRecently() {
        LocalDate today = startDay();
        JsonNode old = only(as("gz.staff").get("/api/titles?regionCode=520328").json());
        assertThat(old.get("namedOn").asString())
                .isEqualTo(today.minusYears(3).minusDays(10).toString());
        assertThat(old.get("namingBodyZh").asString()).isEqualTo("贵州省生态环境厅");
        assertThat(old.get("validityArticle").asString()).isEqualTo("第十六条");
        assertThat(old.get("state").asString())
                .as("3 years from art. 16 have run out")
                .isEqualTo("EXPIRED");
        JsonNode recent =
                only(as("gz.staff").get("/api/titles?regionCode=520329").json());
        assertThat(recent.get("namedOn").asString())
                .isEqualTo(today.minusDays(40).toString());
        assertThat(recent.get("state").asString()).isEqualTo("VALID");

        for (String city : List.of("zy.bureau", "zy.gov")) {
            assertThat(regions(as(city).get("/api/titles").json()))
                    .as(city)
                    .containsExactlyInAnyOrder("520328", "520329");
        }
        assertThat(regions(as("mt.gov").get("/api/titles").json())).containsExactly("520328");
        assertThat(regions(as("yq.gov").get("/api/titles").json())).containsExactly("520329");
        assertThat(as("cs.gov").get("/api/titles").json().get("totalElements").asLong())
                .isZero();
        assertThat(regions(as("im.staff").get("/api/titles").json())).doesNotContain("520328", "520329");
    }

    @Test
    void thePublicListShowsTheFourTitlesWithoutLogin() {
        Browser anyone = new Browser(port);
        for (String title : TITLES) {
            String[] rp = title.split(":");
            JsonNode row = only(anyone.get("/api/public/titles?regionCode=" + rp[0] + "&programme=" + rp[1])
                    .json());
            assertThat(row.get("documentNumber").asString()).as(title).contains("演示");
            assertThat(row.has("candidacyId")).isFalse();
        }
    }

    @Test
    void eachTitleCameThroughItsChainItsCandidacyIsTitledAndGuizhousRunsEndedAtTheDesignation() {
        Browser im = as("im.staff");
        Browser gz = as("gz.staff");
        for (String title : TITLES) {
            String region = title.split(":")[0];
            String programme = title.split(":")[1];
            Browser b = region.startsWith("15") ? im : gz;
            JsonNode c = only(b.get("/api/candidacies?region=" + region + "&programme=" + programme + "&state=TITLED")
                    .json());
            assertThat(c.get("note").asString()).as(title).startsWith("演示数据（合成）");
            JsonNode summary = only(b.get("/api/dossiers?regionCode=" + region + "&programme=" + programme)
                    .json());
            long id = summary.get("id").asLong();
            JsonNode d = b.get("/api/dossiers/" + id).json();
            assertThat(d.get("run").get("state").asString()).as(title).isEqualTo("FINISHED");
            String timeline = d.get("run").get("timeline").toString();
            if (region.startsWith("52")) {
                assertThat(timeline).as(title).contains("CULTIVATE", "SITE_CHECK", "DESIGNATE");
            } else {
                assertThat(timeline).as(title).contains("INITIAL_SELECTION", "EXPERT_SCORING", "NATIONAL_PLATFORM");
            }
        }
    }

    @Test
    void startingAgainAddsNoAccountCandidacyDossierOrTitle() throws Exception {
        String counts = "select (select count(*) from user_account) || '/' || (select count(*) from candidacy)"
                + " || '/' || (select count(*) from dossier) || '/' || (select count(*) from title)";
        String before = jdbc.queryForObject(counts, String.class);
        List<StartupTask> demo = tasks.stream()
                .filter(t -> List.of("DemoAccounts", "DemoTitledCandidacies", "DemoTitledDossiers", "DemoTitles")
                        .contains(t.getClass().getSimpleName().replaceAll("\\$.*", "")))
                .toList();
        assertThat(demo).hasSize(4);
        for (StartupTask t : demo) {
            t.run();
        }
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "select count(*) from title where region_code in ('152527', '520328', '520329')", Long.class))
                .isEqualTo(4);
    }
}
