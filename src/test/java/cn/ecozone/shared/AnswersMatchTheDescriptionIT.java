package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.DescribedAnswers;
import cn.ecozone.support.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The API description says which properties an answer always carries and which may be null (ADR
 * 0058, {@code shared.web.RecordSchemas}); the front end's generated types trust it. This test reads
 * real answers on the demo data (the modules whose types are generated) and finds each one as
 * described: every required property present, null only where the description allows it.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties =
                "spring.datasource.url=jdbc:h2:mem:ecozone-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({"test", "demo"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnswersMatchTheDescriptionIT {

    private static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    int port;

    private DescribedAnswers described;

    @BeforeAll
    void readTheDescription() {
        Response docs = login("sysadmin").get("/v3/api-docs");
        assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
        described = new DescribedAnswers(docs.json());
    }

    private Browser login(String username) {
        Browser browser = new Browser(port);
        Response login = browser.login(username, PASSWORD);
        assertThat(login.status()).as(username + ": " + login).isEqualTo(200);
        return browser;
    }

    /** The answer to {@code GET path}, checked against the description of {@code template}. */
    private JsonNode read(Browser browser, String template, String path, List<String> differences) {
        Response response = browser.get(path);
        assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
        described.differences(template, response.json()).forEach(d -> differences.add(path + " " + d));
        return response.json();
    }

    @Test
    void aRecordsComponentsAreRequiredAndOnlyNullableOnesMayBeNull() {
        JsonNode plan = described.api().path("components").path("schemas").path("cn.ecozone.plan.PlanView");

        assertThat(plan.path("required").valueStream().map(JsonNode::asString))
                .contains("id", "title", "documentId", "state", "steps", "run");
        assertThat(plan.path("properties")
                        .path("documentId")
                        .path("type")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactlyInAnyOrder("integer", "null");
        assertThat(plan.path("properties").path("title").path("type").asString())
                .isEqualTo("string");
        assertThat(plan.path("properties").path("run").path("oneOf")).hasSize(2);
    }

    @Test
    void plansListedAndOpenedAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int plans = 0;
        for (String user : List.of("im.staff", "xlht.gov", "gz.staff", "cs.gov")) {
            Browser browser = login(user);
            read(browser, "/api/plans/inbox", "/api/plans/inbox", differences);
            JsonNode page = read(browser, "/api/plans", "/api/plans?size=50", differences);
            for (JsonNode summary : page.path("content")) {
                long id = summary.path("id").asLong();
                read(browser, "/api/plans/{id}", "/api/plans/" + id, differences);
                plans++;
            }
        }
        assertThat(plans).as("plans read").isGreaterThanOrEqualTo(3);
        assertThat(differences).isEmpty();
    }

    @Test
    void deadlinesAndNotificationsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int deadlines = 0;
        for (String user : List.of("im.staff", "xl.bureau", "xlht.gov", "zy.gov", "cs.gov")) {
            Browser browser = login(user);
            deadlines += read(browser, "/api/deadlines", "/api/deadlines?within=250&size=100", differences)
                    .path("content")
                    .size();
            read(browser, "/api/notifications", "/api/notifications?size=100", differences);
        }
        assertThat(deadlines).as("deadlines read").isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void aWorkPlanWithEmptyFieldsIsAsDescribedListedAndOpened() {
        Browser county = login("xlht.gov");
        Response created = county.post(
                "/api/work-plans",
                Map.of(
                        "title",
                        "描述核对用工作计划",
                        "programme",
                        "TWO_MOUNTAINS_AREA",
                        "year",
                        2097,
                        "tasks",
                        List.of(Map.of("task", "核对任务", "status", "NOT_STARTED")),
                        "projects",
                        List.of(Map.of("name", "核对项目")),
                        "funds",
                        List.of(Map.of("item", "核对资金", "amount", 1))));
        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        List<String> differences = new ArrayList<>();

        JsonNode page = read(county, "/api/work-plans", "/api/work-plans?size=100", differences);
        for (JsonNode plan : page.path("content")) {
            read(
                    county,
                    "/api/work-plans/{id}",
                    "/api/work-plans/" + plan.path("id").asLong(),
                    differences);
        }

        assertThat(page.path("content").size()).isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void theOrganizationTreeSecuritySettingsAndAdministratorReplacementsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        Browser security = login("secadmin");
        read(security, "/api/security-settings", "/api/security-settings", differences);
        read(security, "/api/admin-replacements/candidates", "/api/admin-replacements/candidates", differences);
        read(security, "/api/admin-replacements", "/api/admin-replacements", differences);
        JsonNode provinces = read(security, "/api/organizations/tree", "/api/organizations/tree", differences);
        JsonNode first = provinces.get(0);
        read(
                security,
                "/api/organizations/tree",
                "/api/organizations/tree?region=" + first.path("regionCode").asString(),
                differences);

        assertThat(provinces.size()).isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void inboxesAndTheirRunsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int tasks = 0;
        for (String user : List.of("im.staff", "xl.bureau", "xlht.gov", "gz.staff", "zy.gov")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/procedures/inbox", "/api/procedures/inbox?size=100", differences);
            read(browser, "/api/procedures/inbox", "/api/procedures/inbox?size=100&due=NONE", differences);
            for (JsonNode item : page.path("content")) {
                read(
                        browser,
                        "/api/procedure-runs/{id}",
                        "/api/procedure-runs/" + item.path("runId").asLong(),
                        differences);
                tasks++;
            }
        }
        assertThat(tasks).as("tasks read").isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void theAuditLogAndItsVerificationAreAsDescribed() {
        // logins, anonymous refusals and the demo data's changes: records with and without a user,
        // a target, a reason, a path and changes whose values are null
        login("xlht.gov");
        new Browser(port).login("nobody", "wrong");
        List<String> differences = new ArrayList<>();
        Browser auditor = login("auditadmin");
        JsonNode page = read(auditor, "/api/audit/records", "/api/audit/records?size=200", differences);
        read(auditor, "/api/audit/records", "/api/audit/records?size=200&q=LOGIN", differences);
        read(auditor, "/api/audit/verify", "/api/audit/verify", differences);

        assertThat(page.path("content").size()).isPositive();
        assertThat(differences).isEmpty();
    }
}
