package cn.ecozone.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import cn.ecozone.title.TitledSubjects;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** What the enforcement ITs do over HTTP: titled subjects, register records, proposals waited for. */
final class EnforcementSteps {

    final DossierTestSteps dossiers;
    final TitledSubjects titled;
    private final JdbcTemplate jdbc;

    EnforcementSteps(int port, Fixtures fixtures, JdbcTemplate jdbc, MutableClock clock, CandidacyManagement c) {
        this.dossiers = new DossierTestSteps(port, fixtures);
        this.titled = new TitledSubjects(port, fixtures, jdbc, clock, c);
        this.jdbc = jdbc;
    }

    Browser as(Role role, String region) {
        return dossiers.as(role, region);
    }

    /** A record entered by the province's staff (so confirmed at once); its id. */
    long record(String province, Map<String, Object> body) {
        Response r = as(Role.PROVINCE_STAFF, province).post("/api/registers", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    static Map<String, Object> incident(String region, LocalDate on, String level, String summary) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "INCIDENT");
        b.put("regionCode", region);
        b.put("category", "ENVIRONMENTAL_EMERGENCY");
        b.put("occurredOn", on.toString());
        b.put("level", level);
        b.put("summary", summary);
        b.put("sourceNumber", "黔环应〔" + on.getYear() + "〕7号");
        b.put("sourceDate", on.toString());
        b.put("sourceIssuer", "贵州省生态环境厅");
        return b;
    }

    static Map<String, Object> ecoQuality(String region, int year, String grade, LocalDate published) {
        Map<String, Object> b = new HashMap<>();
        b.put("kind", "ECO_QUALITY");
        b.put("regionCode", region);
        b.put("year", year);
        b.put("level", grade);
        b.put("occurredOn", published.toString());
        b.put("summary", year + "年度县域生态环境质量考核");
        b.put("sourceNumber", "环办监测〔" + published.getYear() + "〕3号");
        b.put("sourceDate", published.toString());
        b.put("sourceIssuer", "生态环境部");
        return b;
    }

    /** Marks a county a key ecological function area, as the province's staff would. */
    void keyArea(String code) {
        Browser province = as(Role.PROVINCE_STAFF, "150000");
        JsonNode region = province.get("/api/regions/" + code).json();
        if (region.get("keyEcologicalFunctionArea").asBoolean()) {
            return;
        }
        Map<String, Object> body = new HashMap<>();
        body.put("terrain", region.get("terrain").asString());
        body.put("keyEcologicalFunctionArea", true);
        body.put("reason", "国家重点生态功能区县名录");
        body.put("version", region.get("version").asLong());
        Response r = province.put("/api/regions/" + code + "/attributes", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }

    /** The ids of the title's proposals of {@code code}, once there are {@code count}, oldest first. */
    List<Long> proposals(long titleId, String code, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> ids(titleId, code).size() >= count);
        return ids(titleId, code);
    }

    List<Long> ids(long titleId, String code) {
        return jdbc.queryForList(
                "select id from enforcement_proposal where title_id = ? and sanction_code = ? order by id",
                Long.class,
                titleId,
                code);
    }

    static Map<String, Object> decision(JsonNode proposal, String measure, String severity, String reason) {
        Map<String, Object> b = new HashMap<>();
        b.put("version", proposal.get("version").asLong());
        b.put("measure", measure);
        b.put("severity", severity);
        b.put("reason", reason);
        return b;
    }
}
