package cn.ecozone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.audit.AuditEntry.Outcome;
import cn.ecozone.audit.internal.AuditLog;
import cn.ecozone.audit.internal.AuditRecordEntity.Draft;
import cn.ecozone.audit.internal.ChainTamperer;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@ApiTest
class AuditIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    javax.sql.DataSource dataSource;

    private Browser auditor() {
        Browser browser = new Browser(port);
        browser.login(fixtures.user(Role.AUDIT_ADMIN, "150000"), Fixtures.PASSWORD);
        return browser;
    }

    private List<JsonNode> records(Browser auditor, String username) {
        Response page = auditor.get(
                "/api/audit/records?size=50&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        page.json().get("content").forEach(list::add);
        return list;
    }

    @Test
    void recordsAStateChangingRequestWithWhoWhatWhereAndOutcome() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser county = new Browser(port);
        county.login(username, Fixtures.PASSWORD);
        long id = county.post(
                        "/api/construction-units", Map.of("regionCode", "152502", "name", "审计测试单元", "kind", "PARK"))
                .json()
                .get("id")
                .asLong();

        JsonNode record = records(auditor(), username).stream()
                .filter(r -> r.get("action").asString().equals("POST /api/construction-units"))
                .findFirst()
                .orElseThrow();
        assertThat(record.get("role").asString()).isEqualTo("COUNTY_GOVERNMENT");
        assertThat(record.get("organization").asString()).startsWith("测试机构");
        assertThat(record.get("regionCode").asString()).isEqualTo("152502");
        assertThat(record.get("target").asString()).isEqualTo("ConstructionUnit:" + id);
        assertThat(record.get("outcome").asString()).isEqualTo("SUCCESS");
        // recorded in the transaction of the change, before the answer's status is known
        assertThat(record.get("status").asInt()).isZero();
        assertThat(record.get("clientAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(record.get("occurredAt").asString()).isNotBlank();
        assertThat(record.get("changes"))
                .anySatisfy(c -> assertThat(c.get("newValue").asString()).isEqualTo("审计测试单元"));
    }

    @Test
    void recordsOldAndNewValuesAndTheReasonOfARegionChange() {
        String username = fixtures.user(Role.PROVINCE_STAFF, "150000");
        Browser staff = new Browser(port);
        staff.login(username, Fixtures.PASSWORD);
        long version = staff.get("/api/regions/152525").json().get("version").asLong();
        staff.put(
                "/api/regions/152525/attributes",
                Map.of(
                        "terrain",
                        "PLAIN",
                        "keyEcologicalFunctionArea",
                        false,
                        "reason",
                        "实地核实为平原区",
                        "version",
                        version));

        JsonNode record = records(auditor(), username).stream()
                .filter(r -> r.get("action").asString().equals("PUT /api/regions/{code}/attributes"))
                .findFirst()
                .orElseThrow();
        assertThat(record.get("target").asString()).isEqualTo("Region:152525");
        assertThat(record.get("reason").asString()).isEqualTo("实地核实为平原区");
        assertThat(record.get("changes").get(0).get("field").asString()).isEqualTo("terrain");
        // the stored codes UNKNOWN → PLAIN read as the terrain's labels (issue 14 §8; the default language)
        assertThat(record.get("changes").get(0).get("oldValue").asString()).isEqualTo("未知");
        assertThat(record.get("changes").get(0).get("newValue").asString()).isEqualTo("平原区");
    }

    @Test
    void recordsLoginSuccessAndFailureAndDeniedRequests() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser county = new Browser(port);
        county.login(username, "Wrong#pass1");
        county.login(username, Fixtures.PASSWORD);
        county.put(
                "/api/regions/152502/attributes",
                Map.of("terrain", "HILL", "keyEcologicalFunctionArea", false, "reason", "越权", "version", 0));

        List<JsonNode> records = records(auditor(), username);
        assertThat(records)
                .extracting(
                        r -> r.get("action").asString() + " " + r.get("outcome").asString())
                .contains("LOGIN_FAILED FAILURE", "LOGIN SUCCESS", "PUT /api/regions/{code}/attributes DENIED");
        assertThat(records)
                .filteredOn(r -> r.get("action").asString().equals("LOGIN_FAILED"))
                .allSatisfy(r -> assertThat(r.get("reason").asString()).isEqualTo("bad-credentials"));
    }

    @Test
    void failedChangesAreRecordedWithoutFieldChanges() {
        String username = fixtures.user(Role.COUNTY_GOVERNMENT, "152502");
        Browser county = new Browser(port);
        county.login(username, Fixtures.PASSWORD);
        county.post("/api/construction-units", Map.of("regionCode", "999999", "name", "无效", "kind", "PARK"));
        JsonNode record = records(auditor(), username).stream()
                .filter(r -> r.get("action").asString().startsWith("POST"))
                .findFirst()
                .orElseThrow();
        assertThat(record.get("outcome").asString()).isEqualTo("FAILURE");
        assertThat(record.get("status").asInt()).isEqualTo(404);
        assertThat(record.get("changes")).isEmpty();
    }

    @Test
    void onlyTheAuditAdminReadsTheLog() {
        for (Role role : List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.PROVINCE_STAFF)) {
            Browser browser = new Browser(port);
            browser.login(fixtures.user(role, "150000"), Fixtures.PASSWORD);
            assertThat(browser.get("/api/audit/records").status())
                    .as(role.name())
                    .isEqualTo(403);
            assertThat(browser.get("/api/audit/verify").status())
                    .as(role.name())
                    .isEqualTo(403);
        }
    }

    @Test
    void verificationFindsTheFirstAlteredRecordAndPassesOnceRestored() {
        Browser auditor = auditor();
        JsonNode intact = auditor.get("/api/audit/verify").json();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("checked").asLong()).isPositive();

        long sequence = jdbc.queryForObject("select max(sequence) from audit_record", Long.class) - 1;
        ChainTamperer tamperer = new ChainTamperer(dataSource).save(sequence);
        tamperer.sql("update audit_record set action = ? where sequence = ?", "TAMPERED", sequence);
        try {
            JsonNode broken = auditor.get("/api/audit/verify").json();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
            assertThat(broken.get("message").asString()).contains(String.valueOf(sequence));
        } finally {
            tamperer.restore();
        }
        assertThat(auditor.get("/api/audit/verify").json().get("intact").asBoolean())
                .isTrue();
    }

    @Test
    void concurrentAppendsFormOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> tasks = IntStream.range(0, 40)
                    .<Callable<Void>>mapToObj(i -> () -> {
                        auditLog.append(
                                new Draft(
                                        "concurrent",
                                        null,
                                        null,
                                        null,
                                        "TEST",
                                        "t" + i,
                                        Outcome.SUCCESS,
                                        200,
                                        null,
                                        null),
                                List.of());
                        return null;
                    })
                    .toList();
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode verify = auditor().get("/api/audit/verify").json();
        assertThat(verify.get("intact").asBoolean()).as(verify.toString()).isTrue();
        assertThat(records(auditor(), "concurrent")).hasSizeGreaterThanOrEqualTo(40);
    }
}
