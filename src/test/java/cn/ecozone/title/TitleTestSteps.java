package cn.ecozone.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import cn.ecozone.support.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** What the title ITs do over HTTP: dossiers brought along their chains by each step's real role. */
final class TitleTestSteps {

    final DossierTestSteps dossiers;
    private final JdbcTemplate jdbc;

    TitleTestSteps(int port, Fixtures fixtures, JdbcTemplate jdbc) {
        this.dossiers = new DossierTestSteps(port, fixtures);
        this.jdbc = jdbc;
    }

    Browser as(Role role, String region) {
        return dossiers.as(role, region);
    }

    /**
     * A candidacy pinned to an earlier published version of its regulation, as one created before the
     * later version shipped (ADR 0027: a run pinned to a version without {@code requires} keeps its steps).
     */
    JsonNode candidacyPinnedTo(String province, String region, String programme, int version) {
        JsonNode c = dossiers.candidacy(province, region, programme);
        jdbc.update(
                "update candidacy set regulation_version = ? where id = ?",
                version,
                c.get("id").asLong());
        return c;
    }

    /** A Guizhou county's complete dossier, created and submitted in the yearly window (15 March). */
    JsonNode submittedGuizhou(MutableClock clock, JsonNode candidacy, String county) {
        Browser subject = as(Role.COUNTY_GOVERNMENT, county);
        int year = LocalDate.now(DossierTestSteps.BEIJING).getYear();
        return DossierTestSteps.on(clock, LocalDate.of(year, 3, 15), () -> {
            JsonNode draft = DossierTestSteps.complete(subject, DossierTestSteps.created(subject, candidacy, null));
            return DossierTestSteps.ok(DossierTestSteps.submit(subject, draft));
        });
    }

    /** An Inner Mongolia subject's complete dossier in {@code round}, submitted. */
    JsonNode submittedInnerMongolia(JsonNode candidacy, Role subjectRole, String region, long round) {
        Browser subject = as(subjectRole, region);
        JsonNode draft = DossierTestSteps.complete(subject, DossierTestSteps.created(subject, candidacy, round));
        return DossierTestSteps.ok(DossierTestSteps.submit(subject, draft));
    }

    static Response act(Browser who, JsonNode d, String outcome) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", "ACT");
        body.put("outcome", outcome);
        body.put("reason", "经审核，同意（测试意见）");
        body.put("version", DossierTestSteps.version(d));
        return who.post(DossierTestSteps.path(d) + "/actions", body);
    }

    /** Completes the waiting step as {@code who}, checks that the run moved on to {@code next}. */
    static JsonNode step(Browser who, JsonNode d, String outcome, String next) {
        JsonNode after = DossierTestSteps.ok(act(who, d, outcome));
        assertThat(currentStep(after)).isEqualTo(next);
        return after;
    }

    static String currentStep(JsonNode d) {
        JsonNode step = d.get("run").get("currentStepCode");
        return step == null || step.isNull() ? null : step.asString();
    }

    static long runVersion(JsonNode d) {
        return d.get("run").get("version").asLong();
    }

    static Map<String, Object> naming(boolean named, String number, LocalDate on, String reason, long version) {
        Map<String, Object> body = new HashMap<>();
        body.put("named", named);
        body.put("documentNumber", number);
        body.put("decidedOn", on.toString());
        body.put("reason", reason);
        body.put("version", version);
        return body;
    }
}
