package cn.ecozone.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile (the default run) has a ready account for every role in real regions. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
class DemoProfileIT {

    private static final List<String> ACCOUNTS = List.of(
            "sysadmin",
            "secadmin",
            "auditadmin",
            "im.staff",
            "im.reviewer",
            "xl.bureau",
            "xl.gov",
            "xl.committee",
            "xlht.gov",
            "elht.gov",
            "expert",
            "gz.staff",
            "zy.bureau",
            "zy.gov",
            "cs.gov",
            "cs.coop",
            "tps.gov",
            "mt.gov",
            "yq.gov");

    @LocalServerPort
    int port;

    @Test
    void everyRoleHasADemoAccountThatLogsInWithoutAForcedPasswordChange() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String username : ACCOUNTS) {
            Response me = new Browser(port).login(username, "Demo@2026");
            assertThat(me.status()).as(username + " " + me).isEqualTo(200);
            assertThat(me.json().get("mustChangePassword").asBoolean()).isFalse();
            roles.add(Role.valueOf(me.json().get("role").asString()));
        }
        assertThat(roles).containsExactlyInAnyOrder(Role.values());
    }

    @Test
    void demoAccountsSitInInnerMongoliaXilingolXilinhotGuizhouZunyiAndChishui() {
        assertThat(region("im.staff")).isEqualTo("150000");
        assertThat(region("xl.bureau")).isEqualTo("152500");
        assertThat(region("xlht.gov")).isEqualTo("152502");
        assertThat(region("gz.staff")).isEqualTo("520000");
        assertThat(region("zy.gov")).isEqualTo("520300");
        assertThat(region("cs.gov")).isEqualTo("520381");
        // issue 13: the governments of the titled demo subjects (title.internal.demo.DemoTitles)
        assertThat(region("tps.gov")).isEqualTo("152527");
        assertThat(region("mt.gov")).isEqualTo("520328");
        assertThat(region("yq.gov")).isEqualTo("520329");
    }

    @Test
    void demoPlansStandAtFilingMinistryReviewAndAnOpenFilingDeadline() {
        Browser department = new Browser(port);
        department.login("im.staff", "Demo@2026");
        var plans = department.get("/api/plans").json().get("content");
        assertThat(plans.findValuesAsString("title")).hasSize(3).allMatch(t -> t.endsWith("（演示）"));
        // each plan's own state (its run has states of its own)
        assertThat(java.util.stream.StreamSupport.stream(plans.spliterator(), false)
                        .map(p -> p.get("state").asString()))
                .containsExactlyInAnyOrder("FILED", "IN_PROGRESS", "IN_PROGRESS");
        Browser xilinhot = new Browser(port);
        xilinhot.login("xlht.gov", "Demo@2026");
        var waiting = xilinhot.get("/api/plans/inbox").json().get("content");
        assertThat(waiting.get(0).get("currentStep").get("type").asString()).isEqualTo("FILE");
        assertThat(waiting.get(0).get("filingDue").asString()).isNotBlank();
    }

    @Test
    void guizhouDemoPlansDraftReadyForPromulgationAndInForceAreSeenByTheCountyThePrefectureAndTheProvince() {
        Browser province = new Browser(port);
        province.login("gz.staff", "Demo@2026");
        var plans = province.get("/api/plans?size=50").json().get("content");
        assertThat(plans.findValuesAsString("title")).hasSize(3).allMatch(t -> t.endsWith("（演示）"));
        // Guizhou art. 8: the county drafts and promulgates; the one step of the path waits from creation
        assertThat(plans.findValuesAsString("state")).containsExactlyInAnyOrder("DRAFT", "DRAFT", "IN_FORCE");
        for (var plan : plans) {
            String title = plan.get("title").asString();
            assertThat(plan.get("state").asString())
                    .as(title)
                    .isEqualTo(title.startsWith("习水县") ? "IN_FORCE" : "DRAFT");
            if (title.startsWith("仁怀市")) {
                var detail =
                        province.get("/api/plans/" + plan.get("id").asLong()).json();
                assertThat(detail.get("documentId").isNull())
                        .as("仁怀市's text attached")
                        .isFalse();
                assertThat(detail.get("currentStep").get("type").asString()).isEqualTo("PROMULGATE");
            }
        }
        Browser prefecture = new Browser(port);
        prefecture.login("zy.bureau", "Demo@2026");
        assertThat(prefecture.get("/api/plans").json().get("totalElements").asLong())
                .isEqualTo(3);
        Browser county = new Browser(port);
        county.login("cs.gov", "Demo@2026");
        assertThat(county.get("/api/plans").json().get("content").findValuesAsString("title"))
                .singleElement()
                .asString()
                .startsWith("赤水市");
    }

    private String region(String username) {
        return new Browser(port)
                .login(username, "Demo@2026")
                .json()
                .get("region")
                .get("code")
                .asString();
    }

    @Test
    void demoCandidaciesFillBothProvincesPoolsInSeveralStatesAndTheDemoPlansMovedTheirsToPlanning() {
        Browser im = new Browser(port);
        im.login("im.staff", "Demo@2026");
        var counts = im.get("/api/candidacies/counts").json();
        assertThat(counts.get("PLANNING").asLong()).isEqualTo(3);
        assertThat(counts.get("CULTIVATING").asLong()).isEqualTo(1);
        assertThat(counts.get("RESERVE").asLong()).isEqualTo(1);
        // 多伦县's, and 太仆寺旗's two titled ones (eco-civ zone, Two Mountains base: title.internal.demo.DemoTitles)
        assertThat(counts.get("TITLED").asLong()).isEqualTo(3);
        assertThat(counts.get("WITHDRAWN").asLong()).isEqualTo(1);
        var pool = im.get("/api/candidacies?size=50").json().get("content");
        assertThat(pool.findValuesAsString("note")).allMatch(n -> n.startsWith("演示数据（合成）"));
        Browser gz = new Browser(port);
        gz.login("gz.staff", "Demo@2026");
        // four from the demo candidacies, the fifth 赤水市's for its demo dossier (dossier.internal.demo),
        // the titled 湄潭县 and 余庆县 (title.internal.demo.DemoTitles)
        assertThat(gz.get("/api/candidacies").json().get("totalElements").asLong())
                .isEqualTo(7);
        Browser zunyi = new Browser(port);
        zunyi.login("zy.bureau", "Demo@2026");
        assertThat(zunyi.get("/api/candidacies").json().get("totalElements").asLong())
                .isEqualTo(6);
    }

    @Test
    void demoRegistersHoldEveryKindInBothProvincesAPendingEntryEachAndAnExcludingIncidentForTheCounties() {
        Browser im = new Browser(port);
        im.login("im.staff", "Demo@2026");
        Browser gz = new Browser(port);
        gz.login("gz.staff", "Demo@2026");
        for (String kind : List.of(
                "INSPECTION_FINDING",
                "INCIDENT",
                "SANCTION",
                "FOREST_CASE",
                "PETITION",
                "KEY_TASK",
                "ECO_QUALITY",
                "DATA_FALSIFICATION")) {
            assertThat(im.get("/api/registers?kind=" + kind)
                            .json()
                            .get("totalElements")
                            .asLong())
                    .as("IM " + kind)
                    .isPositive();
            assertThat(gz.get("/api/registers?kind=" + kind)
                            .json()
                            .get("totalElements")
                            .asLong())
                    .as("GZ " + kind)
                    .isPositive();
        }
        assertThat(im.get("/api/registers?state=PENDING")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(gz.get("/api/registers?state=PENDING")
                        .json()
                        .get("totalElements")
                        .asLong())
                .isEqualTo(1);
        assertThat(im.get("/api/registers?size=100").json().findValuesAsString("sourceNumber"))
                .allMatch(n -> n.startsWith("示例〔"));
        for (String county : List.of("xlht.gov", "cs.gov")) {
            Browser b = new Browser(port);
            b.login(county, "Demo@2026");
            assertThat(b.get("/api/registers?kind=INCIDENT")
                            .json()
                            .get("totalElements")
                            .asLong())
                    .as(county)
                    .isPositive();
        }
    }
}
