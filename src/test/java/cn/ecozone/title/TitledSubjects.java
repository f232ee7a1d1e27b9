package cn.ecozone.title;

import static org.assertj.core.api.Assertions.assertThat;

import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.dossier.DossierTestSteps;
import cn.ecozone.shared.Role;
import cn.ecozone.support.Browser;
import cn.ecozone.support.Fixtures;
import cn.ecozone.support.MutableClock;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A test fixture for the issue 13 modules (supervision after the title): a subject that holds a title
 * named on a chosen day, without walking the whole application chain. The candidacy and its dossier
 * are made and submitted over HTTP by the real roles (so the candidacy is applying); the naming and the
 * title rows are then written by JDBC as {@code NamingManagement} writes them, and the candidacy moves to
 * {@code TITLED} through {@link CandidacyManagement#titled}. The dossier's application run is left where
 * the submission put it: tests of the title's later life do not read it.
 *
 * <p>Pick regions no other test writes (grep {@code src/test} for the code).
 */
public final class TitledSubjects {

    private final DossierTestSteps dossiers;
    private final JdbcTemplate jdbc;
    private final MutableClock clock;
    private final CandidacyManagement candidacies;

    public TitledSubjects(
            int port, Fixtures fixtures, JdbcTemplate jdbc, MutableClock clock, CandidacyManagement candidacies) {
        this.dossiers = new DossierTestSteps(port, fixtures);
        this.jdbc = jdbc;
        this.clock = clock;
        this.candidacies = candidacies;
    }

    /** What a titled subject is known by in the tests. */
    public record Titled(long titleId, long candidacyId, long dossierId, String regionCode) {}

    /**
     * A Guizhou county base (programme {@code TWO_MOUNTAINS_BASE}, the regulation version in force) named
     * by the department on {@code namedOn} for 3 years (art. 16).
     */
    public Titled guizhou(String county, LocalDate namedOn) {
        JsonNode candidacy = dossiers.candidacy("520000", county, "TWO_MOUNTAINS_BASE");
        Browser subject = dossiers.as(Role.COUNTY_GOVERNMENT, county);
        int year = LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)).getYear();
        JsonNode dossier = DossierTestSteps.on(clock, LocalDate.of(year, 3, 15), () -> {
            JsonNode draft = DossierTestSteps.complete(subject, DossierTestSteps.created(subject, candidacy, null));
            return DossierTestSteps.ok(DossierTestSteps.submit(subject, draft));
        });
        return named(candidacy, dossier, county, "贵州省生态环境厅", "黔环函〔" + namedOn.getYear() + "〕99号", namedOn);
    }

    /**
     * An Inner Mongolia subject (a county with {@code COUNTY_GOVERNMENT}, a league with
     * {@code PREFECTURE_GOVERNMENT}) holding the national title of {@code programme}
     * ({@code ECO_CIVILIZATION_ZONE} or {@code TWO_MOUNTAINS_BASE}) named by the Ministry on {@code namedOn}.
     */
    public Titled innerMongolia(String region, Role subjectRole, String programme, LocalDate namedOn) {
        JsonNode candidacy = dossiers.candidacy("150000", region, programme);
        JsonNode round = dossiers.openRound(programme, LocalDate.now(clock.withZone(DossierTestSteps.BEIJING)));
        Browser subject = dossiers.as(subjectRole, region);
        JsonNode draft = DossierTestSteps.complete(
                subject,
                DossierTestSteps.created(subject, candidacy, round.get("id").asLong()));
        JsonNode dossier = DossierTestSteps.ok(DossierTestSteps.submit(subject, draft));
        // close the round again (it closed yesterday), so that no later test finds an Inner Mongolia round
        // open that it did not open (DossierWindowIT expects none)
        jdbc.update(
                "update application_round set closes_on = ? where id = ?",
                Date.valueOf(
                        round.get("opensOn") == null
                                ? LocalDate.now(clock.withZone(DossierTestSteps.BEIJING))
                                        .minusDays(1)
                                : LocalDate.parse(round.get("opensOn").asString())),
                round.get("id").asLong());
        return named(candidacy, dossier, region, "生态环境部", "环生态〔" + namedOn.getYear() + "〕99号", namedOn);
    }

    private Titled named(
            JsonNode candidacy, JsonNode dossier, String region, String body, String number, LocalDate namedOn) {
        long candidacyId = candidacy.get("id").asLong();
        long dossierId = dossier.get("id").asLong();
        long runId = dossier.get("run").get("id").asLong();
        String code =
                jdbc.queryForObject("select regulation_code from candidacy where id = ?", String.class, candidacyId);
        int version = jdbc.queryForObject(
                "select regulation_version from candidacy where id = ?", Integer.class, candidacyId);
        String path = jdbc.queryForObject("select path from region where code = ?", String.class, region);
        String name = jdbc.queryForObject("select subject_name from candidacy where id = ?", String.class, candidacyId);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update(
                "insert into naming (dossier_id, candidacy_id, run_id, step_code, named, naming_body_zh,"
                        + " document_number, decided_on, named_key, recorded_by, recorded_at, opening)"
                        + " values (?, ?, ?, 'DESIGNATE', true, ?, ?, ?, ?, 'fixture', ?, 1)",
                dossierId,
                candidacyId,
                runId,
                body,
                number,
                Date.valueOf(namedOn),
                dossierId,
                now);
        long namingId = jdbc.queryForObject("select id from naming where named_key = ?", Long.class, dossierId);
        jdbc.update(
                "insert into title (candidacy_id, dossier_id, naming_id, region_code, region_path, subject_name,"
                        + " programme, regulation_code, regulation_version, naming_body_zh, document_number,"
                        + " named_on, validity_years, valid_until, validity_article, validity_uncertain,"
                        + " validity_note, state, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 3, ?, null, true, 'fixture', 'VALID', ?, 0)",
                candidacyId,
                dossierId,
                namingId,
                region,
                path,
                name,
                candidacy.get("programme").asString(),
                code,
                version,
                body,
                number,
                Date.valueOf(namedOn),
                Date.valueOf(namedOn.plusYears(3).minusDays(1)),
                now);
        long titleId = jdbc.queryForObject("select id from title where candidacy_id = ?", Long.class, candidacyId);
        candidacies.titled(candidacyId, titleId);
        assertThat(jdbc.queryForObject("select state from candidacy where id = ?", String.class, candidacyId))
                .isEqualTo("TITLED");
        return new Titled(titleId, candidacyId, dossierId, region);
    }
}
