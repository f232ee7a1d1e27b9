package cn.ecozone.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.identity.UserManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.support.ApiTest;
import cn.ecozone.support.Browser;
import cn.ecozone.support.EventDeliveries;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 11 §2: a register record that newly excludes a dossier already in review notifies the province
 * department staff of its province, once; a record that leaves the verdict as it was notifies nobody.
 * Guizhou counties (铜仁市 江口县 and 松桃苗族自治县, which no other test uses) submit in the first half of
 * the year.
 */
@ApiTest
class DossierExclusionNotificationIT {

    static final String COUNTY = "520621";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MutableClock clock;

    @Autowired
    EventDeliveries deliveries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserManagement users;

    DossierTestSteps steps;

    @BeforeEach
    void setUp() {
        steps = new DossierTestSteps(port, fixtures);
    }

    @Test
    void aConfirmedRecordExcludingASubmittedDossierNotifiesTheProvinceStaffOnceAndARecordThatChangesNothingNobody() {
        LocalDate day = LocalDate.of(LocalDate.now(DossierTestSteps.BEIJING).getYear(), 6, 1);
        DossierTestSteps.on(clock, day, () -> {
            Browser watcher = steps.as(Role.PROVINCE_STAFF, "520000");
            Browser otherProvince = steps.as(Role.PROVINCE_STAFF, "150000");
            JsonNode candidacy = steps.candidacy("520000", COUNTY, "TWO_MOUNTAINS_BASE");
            Browser county = steps.as(Role.COUNTY_GOVERNMENT, COUNTY);
            JsonNode d = FreshSteps.completeAndSubmit(county, DossierTestSteps.created(county, candidacy, null));
            assertThat(d.get("state").asString()).isEqualTo("SUBMITTED");
            long dossierId = d.get("id").asLong();
            deliveries.awaitSettled();

            // a general incident is no exclusion: the verdict stays, nobody is told
            long general = record(watcher, "GENERAL", day.minusMonths(2), "一般事件");
            deliveries.awaitSettled();
            assertThat(notified(dossierId, general)).isZero();

            // a major incident two months before the submission excludes the dossier in review
            long major = record(watcher, "MAJOR", day.minusMonths(2), "重大事件");
            deliveries.awaitSettled();
            long holders = users.holders(Role.PROVINCE_STAFF, "520000").size();
            assertThat(notified(dossierId, major))
                    .as("each province staff of Guizhou once")
                    .isEqualTo(holders);
            JsonNode mine = watcher.get("/api/notifications?page=0&size=50").json();
            assertThat(mine.toString()).contains("申报材料出现否决情形", "江口县", "发生重大生态环境破坏事件", "/dossiers/" + dossierId);
            assertThat(otherProvince
                            .get("/api/notifications?page=0&size=50")
                            .json()
                            .toString())
                    .doesNotContain("/dossiers/" + dossierId);

            // a second major incident leaves it excluded: nobody is told again
            long again = record(watcher, "MAJOR", day.minusMonths(1), "又一重大事件");
            deliveries.awaitSettled();
            assertThat(notified(dossierId, again)).isZero();
            assertThat(jdbc.sql("select count(*) from notification where source_key like :k")
                            .param("k", "dossier:" + dossierId + ":%")
                            .query(Long.class)
                            .single())
                    .isEqualTo(holders);
            return null;
        });
    }

    @Test
    void aDossierReturnedAndSubmittedAgainIsWatchedAfreshSoThatARecordExcludingItAgainNotifiesAgain() {
        LocalDate day = LocalDate.of(LocalDate.now(DossierTestSteps.BEIJING).getYear(), 5, 11);
        DossierTestSteps.on(clock, day, () -> {
            Browser watcher = steps.as(Role.PROVINCE_STAFF, "520000");
            JsonNode candidacy = steps.candidacy("520000", AGAIN, "TWO_MOUNTAINS_BASE");
            Browser county = steps.as(Role.COUNTY_GOVERNMENT, AGAIN);
            JsonNode d = FreshSteps.completeAndSubmit(county, DossierTestSteps.created(county, candidacy, null));
            long dossierId = d.get("id").asLong();
            deliveries.awaitSettled();
            long first = record(watcher, AGAIN, "MAJOR", day.minusMonths(2), "重大事件");
            deliveries.awaitSettled();
            assertThat(notified(dossierId, first)).isPositive();

            // the municipal bureau returns it; the record is corrected to a general incident meanwhile
            JsonNode seen = FreshSteps.fresh(steps.as(Role.PREFECTURE_STAFF, "520600"), d);
            DossierTestSteps.ok(
                    DossierTestSteps.action(steps.as(Role.PREFECTURE_STAFF, "520600"), seen, "RETURN", "请核实重大事件"));
            corrected(watcher, first, AGAIN, day.minusMonths(2));
            deliveries.awaitSettled();
            return null;
        });
        LocalDate later = day.plusDays(3);
        DossierTestSteps.on(clock, later, () -> {
            Browser watcher = steps.as(Role.PROVINCE_STAFF, "520000");
            Browser county = steps.as(Role.COUNTY_GOVERNMENT, AGAIN);
            JsonNode returned = county.get("/api/dossiers?regionCode=" + AGAIN).json();
            long dossierId = returned.get("content").get(0).get("id").asLong();
            JsonNode d = FreshSteps.fresh(
                    county, county.get("/api/dossiers/" + dossierId).json());
            assertThat(DossierTestSteps.submit(county, d).status()).isEqualTo(200);
            deliveries.awaitSettled();

            // a new major incident excludes the dossier submitted again: the province is told again
            long second = record(watcher, AGAIN, "MAJOR", later.minusMonths(1), "又一重大事件");
            deliveries.awaitSettled();
            assertThat(notified(dossierId, second))
                    .as("the verdict of the first submission does not carry over")
                    .isPositive();
            return null;
        });
    }

    static final String AGAIN = "520628";

    private long record(Browser province, String level, LocalDate on, String summary) {
        return record(province, COUNTY, level, on, summary);
    }

    /** Corrects an incident of {@code county} to a general one, with a reason. */
    private void corrected(Browser province, long id, String county, LocalDate on) {
        JsonNode before = province.get("/api/registers/" + id).json();
        Map<String, Object> b = body(county, "GENERAL", on, "经核实为一般事件");
        b.put("reason", "经复核，事件等级为一般");
        b.put("version", before.get("version").asLong());
        Response r = province.put("/api/registers/" + id, b);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** Enters an incident of the county as province staff (confirmed at once); returns its id. */
    private long record(Browser province, String county, String level, LocalDate on, String summary) {
        Response r = province.post("/api/registers", body(county, level, on, summary));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("state").asString()).isEqualTo("CONFIRMED");
        return r.json().get("id").asLong();
    }

    private static Map<String, Object> body(String county, String level, LocalDate on, String summary) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "INCIDENT");
        b.put("regionCode", county);
        b.put("summary", summary + "（通知测试）");
        b.put("sourceNumber", "铜环发〔2026〕1号");
        b.put("sourceDate", on.toString());
        b.put("sourceIssuer", "铜仁市生态环境局");
        b.put("category", "ENVIRONMENTAL_EMERGENCY");
        b.put("occurredOn", on.toString());
        b.put("level", level);
        return b;
    }

    private long notified(long dossierId, long recordId) {
        return jdbc.sql("select count(*) from notification where source_key = :k")
                .param("k", "dossier:" + dossierId + ":excluded-by:" + recordId)
                .query(Long.class)
                .single();
    }
}
