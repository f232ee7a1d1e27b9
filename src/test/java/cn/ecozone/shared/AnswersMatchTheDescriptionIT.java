package cn.ecozone.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.support.Browser;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The API description says which properties an answer always carries and which may be null (ADR
 * 0058, {@code shared.web.RecordSchemas}); the front end's generated types trust it. This test reads
 * real answers on the demo data (the modules whose types are generated) and finds each one as
 * described: every required property present, null only where the description allows it. The
 * modules of a title's later life are read by {@code TitleLifeAnswersMatchTheDescriptionIT}.
 */
class AnswersMatchTheDescriptionIT extends AnswersOnTheDemo {

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
    void calendarDaysYearsAndDeadlinesAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        Browser staff = login("im.staff");
        JsonNode years = read(staff, "/api/calendar/years", "/api/calendar/years", differences);
        for (JsonNode year : years) {
            read(
                    staff,
                    "/api/calendar/years/{year}",
                    "/api/calendar/years/" + year.path("year").asInt(),
                    differences);
        }
        JsonNode workday = read(staff, "/api/calendar/days/{date}", "/api/calendar/days/2026-03-10", differences);
        read(staff, "/api/calendar/days/{date}", "/api/calendar/days/2026-10-01", differences);
        read(
                staff,
                "/api/calendar/deadline",
                "/api/calendar/deadline?from=2026-09-25&workingDays=15&counting=NEXT_DAY",
                differences);
        read(
                staff,
                "/api/calendar/working-days",
                "/api/calendar/working-days?from=2026-01-01&to=2026-12-31",
                differences);

        assertThat(years.size()).isPositive();
        assertThat(workday.path("holiday").isNull())
                .as("an ordinary day names no holiday")
                .isTrue();
        assertThat(differences).isEmpty();
    }

    @Test
    void candidaciesListedAndOpenedAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int candidacies = 0;
        for (String user : List.of("im.staff", "gz.staff", "zy.bureau", "cs.gov")) {
            Browser browser = login(user);
            JsonNode page = read(browser, "/api/candidacies", "/api/candidacies?size=100", differences);
            candidacies += readEach(browser, page, "/api/candidacies/{id}", differences);
        }
        assertThat(candidacies).as("candidacies read").isGreaterThanOrEqualTo(11);
        assertThat(differences).isEmpty();
    }

    @Test
    void aKeyProjectWithEmptyFieldsIsAsDescribedListedAndOpened() {
        Browser county = login("xlht.gov");
        Response created = county.post(
                "/api/key-projects",
                Map.of("programme", "TWO_MOUNTAINS_AREA", "name", "描述核对用重点项目", "status", "PLANNED"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        List<String> differences = new ArrayList<>();

        JsonNode page = read(county, "/api/key-projects", "/api/key-projects?size=100", differences);
        int read = readEach(county, page, "/api/key-projects/{id}", differences);

        assertThat(read).isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void exclusionReportsAndTheProvincesSettingsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        for (String user : List.of("im.staff", "gz.staff")) {
            read(login(user), "/api/exclusion-settings", "/api/exclusion-settings", differences);
        }
        Browser league = login("xl.bureau");
        for (String region : List.of("152502", "152501")) {
            for (String programme : List.of("ECO_CIVILIZATION_ZONE", "TWO_MOUNTAINS_BASE")) {
                read(
                        league,
                        "/api/exclusions",
                        "/api/exclusions?regionCode=" + region + "&programme=" + programme,
                        differences);
            }
        }
        read(
                login("gz.staff"),
                "/api/exclusions",
                "/api/exclusions?regionCode=520322&programme=TWO_MOUNTAINS_BASE",
                differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void registerRecordsAndPetitionRatesAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        int records = 0;
        for (String user : List.of("im.staff", "gz.staff", "xl.bureau")) {
            Browser browser = login(user);
            for (String kind : List.of(
                    "INSPECTION_FINDING",
                    "INCIDENT",
                    "SANCTION",
                    "FOREST_CASE",
                    "PETITION",
                    "KEY_TASK",
                    "ECO_QUALITY",
                    "DATA_FALSIFICATION")) {
                JsonNode page = read(browser, "/api/registers", "/api/registers?size=100&kind=" + kind, differences);
                records += readEach(browser, page, "/api/registers/{id}", differences);
            }
        }
        Browser league = login("xl.bureau");
        int year = LocalDate.now().getYear();
        for (int y = year - 2; y <= year; y++) {
            read(
                    league,
                    "/api/registers/petition-rates",
                    "/api/registers/petition-rates?region=152501&year=" + y,
                    differences);
        }

        assertThat(records).as("register records read").isPositive();
        assertThat(differences).isEmpty();
    }

    @Test
    void progressReportsAreAsDescribed() {
        List<String> differences = new ArrayList<>();
        read(
                login("im.staff"),
                "/api/progress",
                "/api/progress?edition=BIM-2024&region=150000&baseYear=2020&year=2024",
                differences);
        read(
                login("gz.staff"),
                "/api/progress",
                "/api/progress?edition=GZ-2SZS-2021&region=520328&baseYear=2020&year=2024",
                differences);
        assertThat(differences).isEmpty();
    }
}
