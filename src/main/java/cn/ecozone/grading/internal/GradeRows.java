package cn.ecozone.grading.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grade rows ({@code grading_grade}, V94), by plain JDBC; every parameter bound. */
@Component
public class GradeRows {

    /** A grade as stored. */
    public record Grade(
            long dossierId,
            long runId,
            int opening,
            long roundId,
            int evaluatedYear,
            String regionCode,
            String regionPath,
            String subjectName,
            String regulationCode,
            int regulationVersion,
            BigDecimal total,
            String bandCode,
            String bandName,
            String opinion,
            String feedback,
            String suggestions,
            String recommendation,
            String recommendationNote,
            String gradedBy,
            Instant gradedAt) {}

    private static final String COLUMNS = "dossier_id, run_id, opening, round_id, evaluated_year, region_code,"
            + " region_path, subject_name, regulation_code, regulation_version, total, band_code, band_name,"
            + " opinion, feedback, suggestions, recommendation, recommendation_note, graded_by, graded_at";

    private final JdbcClient jdbc;

    GradeRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts a grade. Two for the same visit at once: the unique key {@code grading_grade_opening_uk}
     * lets one in and the other fails with a {@code DuplicateKeyException}.
     */
    public void insert(Grade g) {
        jdbc.sql("insert into grading_grade (" + COLUMNS + ") values (:dossier, :run, :opening, :round, :year,"
                        + " :region, :path, :subject, :code, :version, :total, :band, :bandName, :opinion,"
                        + " :feedback, :suggestions, :recommendation, :note, :by, :at)")
                .param("dossier", g.dossierId())
                .param("run", g.runId())
                .param("opening", g.opening())
                .param("round", g.roundId())
                .param("year", g.evaluatedYear())
                .param("region", g.regionCode())
                .param("path", g.regionPath())
                .param("subject", g.subjectName())
                .param("code", g.regulationCode())
                .param("version", g.regulationVersion())
                .param("total", g.total())
                .param("band", g.bandCode())
                .param("bandName", g.bandName())
                .param("opinion", g.opinion())
                .param("feedback", g.feedback())
                .param("suggestions", g.suggestions())
                .param("recommendation", g.recommendation())
                .param("note", g.recommendationNote())
                .param("by", g.gradedBy())
                .param("at", Timestamp.from(g.gradedAt()))
                .update();
    }

    /** The latest grade of each dossier among {@code dossierIds}: one statement. */
    public Map<Long, Grade> latestOf(Collection<Long> dossierIds) {
        Map<Long, Grade> found = new LinkedHashMap<>();
        if (dossierIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS
                        + " from grading_grade where dossier_id in (:ids) order by graded_at desc, id desc")
                .param("ids", dossierIds)
                .query(GradeRows::grade)
                .list()
                .forEach(g -> found.putIfAbsent(g.dossierId(), g));
        return found;
    }

    /** Every grade of the dossiers among {@code dossierIds}, the earliest first: one statement. */
    public List<Grade> allOf(Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from grading_grade where dossier_id in (:ids) order by graded_at, id")
                .param("ids", dossierIds)
                .query(GradeRows::grade)
                .list();
    }

    public Optional<Grade> latestOf(long dossierId) {
        return Optional.ofNullable(latestOf(List.of(dossierId)).get(dossierId));
    }

    /** The grades of a year under a region path (a report's rows), by region code: one statement. */
    public List<Grade> ofYear(int year, String pathPattern) {
        return jdbc
                .sql("select " + COLUMNS + " from grading_grade where evaluated_year = :year"
                        + " and region_path like :scope order by region_code, graded_at desc, id desc")
                .param("year", year)
                .param("scope", pathPattern)
                .query(GradeRows::grade)
                .list()
                .stream()
                .collect(Collectors.toMap(Grade::dossierId, g -> g, (a, b) -> a, LinkedHashMap::new))
                .values()
                .stream()
                .toList();
    }

    /** Of these runs, the keys {@code runId:opening} that hold a grade: one statement. */
    public Set<String> gradedKeys(Collection<Long> runIds) {
        if (runIds.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select run_id, opening from grading_grade where run_id in (:runs)")
                .param("runs", runIds)
                .query((rs, i) -> rs.getLong(1) + ":" + rs.getInt(2))
                .set();
    }

    private static Grade grade(ResultSet rs, int i) throws SQLException {
        return new Grade(
                rs.getLong("dossier_id"),
                rs.getLong("run_id"),
                rs.getInt("opening"),
                rs.getLong("round_id"),
                rs.getInt("evaluated_year"),
                rs.getString("region_code"),
                rs.getString("region_path"),
                rs.getString("subject_name"),
                rs.getString("regulation_code"),
                rs.getInt("regulation_version"),
                rs.getBigDecimal("total"),
                rs.getString("band_code"),
                rs.getString("band_name"),
                rs.getString("opinion"),
                rs.getString("feedback"),
                rs.getString("suggestions"),
                rs.getString("recommendation"),
                rs.getString("recommendation_note"),
                rs.getString("graded_by"),
                rs.getTimestamp("graded_at").toInstant());
    }
}
