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
 * A Guizhou county (铜仁市 江口县, which no other test uses) submits in the first half of the year.
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

    /** Enters an incident of the county as province staff (confirmed at once); returns its id. */
    private long record(Browser province, String level, LocalDate on, String summary) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "INCIDENT");
        b.put("regionCode", COUNTY);
        b.put("summary", summary + "（通知测试）");
        b.put("sourceNumber", "铜环发〔2026〕1号");
        b.put("sourceDate", on.toString());
        b.put("sourceIssuer", "铜仁市生态环境局");
        b.put("category", "ENVIRONMENTAL_EMERGENCY");
        b.put("occurredOn", on.toString());
        b.put("level", level);
        Response r = province.post("/api/registers", b);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().get("state").asString()).isEqualTo("CONFIRMED");
        return r.json().get("id").asLong();
    }

    private long notified(long dossierId, long recordId) {
        return jdbc.sql("select count(*) from notification where source_key = :k")
                .param("k", "dossier:" + dossierId + ":excluded-by:" + recordId)
                .query(Long.class)
                .single();
    }
}
