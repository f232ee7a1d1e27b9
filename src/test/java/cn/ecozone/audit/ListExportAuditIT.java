package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every list is exported and audited (issue 14 §5): this walks every {@code GET …/export} endpoint the
 * application maps, calls each as a user allowed to, and expects one audit record of that user for that
 * request path, with the request's filters, written before the file left. A new export endpoint fails
 * here until it is called below, and an unaudited one fails the audit assertion.
 */
@ApiTest
class ListExportAuditIT {

    /** A Guizhou edition shipped by migration (the Excel export needs one the region may use). */
    private static final String GUIZHOU_EDITION = "GZ-2SZS-2021";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    private record Call(Role role, String region, Supplier<String> url) {}

    /** Each export endpoint by its mapped pattern, with who calls it and how. */
    private Map<String, Call> calls() {
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put("/api/users/export", new Call(Role.SYSTEM_ADMIN, "150000", () -> "/api/users/export?q=t"));
        calls.put(
                "/api/organizations/export",
                new Call(Role.SYSTEM_ADMIN, "150000", () -> "/api/organizations/export?region=152500"));
        calls.put("/api/audit/records/export", new Call(Role.AUDIT_ADMIN, "150000", () -> "/api/audit/records/export"));
        calls.put("/api/plans/export", new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/plans/export"));
        calls.put("/api/work-plans/export", new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/work-plans/export"));
        calls.put("/api/deadlines/export", new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/deadlines/export"));
        calls.put(
                "/api/procedures/inbox/export",
                new Call(Role.PREFECTURE_STAFF, "152500", () -> "/api/procedures/inbox/export?due=OVERDUE"));
        calls.put(
                "/api/candidacies/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/candidacies/export?region=152500"));
        calls.put(
                "/api/dossier-overview/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/dossier-overview/export?regionCode=152500"));
        calls.put(
                "/api/review/experts/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/review/experts/export?q=x"));
        calls.put(
                "/api/round-overview/{roundId}/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/round-overview/" + round() + "/export?q=x"));
        calls.put(
                "/api/key-projects/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/key-projects/export?year=2031"));
        calls.put(
                "/api/registers/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/registers/export?kind=INCIDENT&year=2031"));
        calls.put(
                "/api/rewards/export", new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/rewards/export?year=2031"));
        calls.put(
                "/api/indicator-excel/export",
                new Call(
                        Role.PREFECTURE_STAFF,
                        "520400",
                        () -> "/api/indicator-excel/export?edition=" + GUIZHOU_EDITION + "&region=520402&years=2022"));
        calls.put(
                "/api/evaluations/export",
                new Call(
                        Role.PREFECTURE_STAFF,
                        "520400",
                        () -> "/api/evaluations/export?edition=" + GUIZHOU_EDITION + "&region=520402&year=2022"));
        calls.put(
                "/api/evaluations/ranking/export",
                new Call(
                        Role.PREFECTURE_STAFF,
                        "520400",
                        () -> "/api/evaluations/ranking/export?edition=" + GUIZHOU_EDITION
                                + "&parent=520400&year=2022"));
        calls.put(
                "/api/evaluations/summary/export",
                new Call(
                        Role.PREFECTURE_STAFF,
                        "520400",
                        () -> "/api/evaluations/summary/export?edition=" + GUIZHOU_EDITION
                                + "&parent=520400&year=2022"));
        calls.put(
                "/api/rectifications/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/rectifications/export?year=2033"));
        calls.put(
                "/api/enforcement-proposals/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/enforcement-proposals/export?year=2033"));
        calls.put(
                "/api/dossiers/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/dossiers/export?regionCode=152500&year=2031"));
        calls.put(
                "/api/publicity/notices/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/publicity/notices/export?year=2031"));
        calls.put(
                "/api/publicity/complaints/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/publicity/complaints/export?year=2031"));
        calls.put("/api/titles/export", new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/titles/export?year=2031"));
        calls.put(
                "/api/supervision-checks/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/supervision-checks/export?year=2033"));
        calls.put(
                "/api/column-items/export",
                new Call(
                        Role.COUNTY_GOVERNMENT,
                        "150925",
                        () -> "/api/column-items/export?programme=ECO_CIVILIZATION_ZONE&year=2033"));
        calls.put(
                "/api/construction-units/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/construction-units/export?q=x2"));
        calls.put(
                "/api/opinions/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/opinions/export?state=ISSUED&q=x3"));
        calls.put("/api/cases/export", new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/cases/export?year=2031"));
        calls.put(
                "/api/application-rounds/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/application-rounds/export?year=2031&open=false"));
        calls.put(
                "/api/review/panels/export",
                new Call(Role.PROVINCE_STAFF, "150000", () -> "/api/review/panels/export?state=CLOSED&q=x4"));
        return calls;
    }

    private long round() {
        return new DossierTestSteps(port, fixtures)
                .openRound("ECO_CIVILIZATION_ZONE", LocalDate.now(DossierTestSteps.BEIJING))
                .get("id")
                .asLong();
    }

    /** The patterns of every mapped {@code GET} endpoint ending in {@code /export}. */
    private Set<String> exportEndpoints() {
        RequestMappingHandlerMapping mapping =
                context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        Set<String> patterns = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> {
            if (info.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
                info.getPatternValues().stream()
                        .filter(p -> p.endsWith("/export"))
                        .forEach(patterns::add);
            }
        });
        return patterns;
    }

    @Test
    void everyExportEndpointIsCalledHere() {
        assertThat(calls().keySet())
                .as("an export endpoint not walked by this test")
                .containsExactlyInAnyOrderElementsOf(exportEndpoints());
    }

    @Test
    void everyExportIsInTheAuditLogWithItsFiltersBeforeTheFileLeaves() {
        Browser auditor = Browser.loggedIn(port, fixtures.user(Role.AUDIT_ADMIN, "150000"));
        calls().forEach((pattern, call) -> {
            String username = fixtures.user(call.role(), call.region());
            String url = call.url().get();
            Response exported = Browser.loggedIn(port, username).get(url);
            assertThat(exported.status()).as(pattern + ": " + exported).isEqualTo(200);
            String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            String query = url.contains("?") ? url.substring(url.indexOf('?') + 1) : "";
            assertThat(jdbc.queryForList(
                            "select reason from audit_record where username = ? and request_path = ?",
                            String.class,
                            username,
                            path))
                    .as(pattern + " is recorded once, with its filters")
                    .singleElement()
                    .satisfies(reason -> {
                        // each filter's value (a module may name a filter its own way, e.g. the ranking's parent)
                        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
                            assertThat(reason).as(pattern).contains(parameter.substring(parameter.indexOf('=') + 1));
                        }
                    });
            // and it reads as an action in the audit log, not as a raw request
            JsonNode records = auditor.get("/api/audit/records?size=20&username=" + username)
                    .json()
                    .get("content");
            JsonNode record = null;
            for (JsonNode r : records) {
                if (path.equals(r.path("requestPath").asText()) && record == null) {
                    record = r;
                }
            }
            assertThat(record).as(pattern + " is in the audit log").isNotNull();
            assertThat(record.get("description").isNull())
                    .as(pattern + " is described: " + record)
                    .isFalse();
        });
    }
}
