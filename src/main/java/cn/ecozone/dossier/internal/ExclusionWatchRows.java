package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierState;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dossiers in review a register change may touch, and the verdict last found for each
 * ({@code dossier_exclusion_watch}, V72). Plain JDBC with bound parameters.
 */
@Component
class ExclusionWatchRows {

    /** A dossier in review whose region contains a changed record. */
    record InReview(
            long id,
            String subjectName,
            String regionCode,
            String regionPath,
            String regulationCode,
            int regulationVersion,
            LocalDate submittedOn) {

        /** The province's code: the first code of the path {@code /150000/152500/…/}. */
        String provinceCode() {
            return regionPath.split("/")[1];
        }
    }

    private final JdbcClient jdbc;

    ExclusionWatchRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The submitted dossiers whose subject's region contains the region of {@code recordPath} (the
     * subject's path is a prefix of it): one statement.
     */
    List<InReview> inReviewAbove(String recordPath) {
        return jdbc.sql("select id, subject_name, region_code, region_path, regulation_code, regulation_version,"
                        + " submitted_on from dossier where state = :state and submitted_on is not null"
                        + " and :path like region_path || '%' order by id")
                .param("state", DossierState.SUBMITTED.name())
                .param("path", recordPath)
                .query((rs, i) -> new InReview(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getObject(7, Date.class).toLocalDate()))
                .list();
    }

    /** The dossier, if it is in review (submitted): for the check right after its submission. */
    Optional<InReview> inReview(long dossierId) {
        return jdbc.sql("select id, subject_name, region_code, region_path, regulation_code, regulation_version,"
                        + " submitted_on from dossier where id = :id and state = :state and submitted_on is not null")
                .param("id", dossierId)
                .param("state", DossierState.SUBMITTED.name())
                .query((rs, i) -> new InReview(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getObject(7, Date.class).toLocalDate()))
                .optional();
    }

    /**
     * Takes the watch rows of {@code dossiers} (made where absent) with their locks, before their verdicts
     * are judged, so that of two register changes racing over one dossier the second judges after the
     * first has recorded its verdict, and sees every record the first saw. Answers the verdict each row
     * last held for the dossier's current submission: a row of an earlier submission (returned and
     * submitted again) counts as "not excluded", since the submission passed the exclusion check.
     */
    Map<Long, Boolean> lockVerdicts(List<InReview> dossiers, Instant now) {
        for (InReview d : dossiers) {
            jdbc.sql("insert into dossier_exclusion_watch (dossier_id, excluded, record_id, checked_at, submitted_on)"
                            + " values (:id, false, null, :now, :submitted) on conflict do nothing")
                    .param("id", d.id())
                    .param("now", Timestamp.from(now))
                    .param("submitted", Date.valueOf(d.submittedOn()))
                    .update();
        }
        Map<Long, LocalDate> submitted = new HashMap<>();
        dossiers.forEach(d -> submitted.put(d.id(), d.submittedOn()));
        Map<Long, Boolean> verdicts = new HashMap<>();
        jdbc.sql("select dossier_id, excluded, submitted_on from dossier_exclusion_watch"
                        + " where dossier_id in (:ids) order by dossier_id for update")
                .param("ids", submitted.keySet())
                .query((rs, i) -> {
                    long id = rs.getLong(1);
                    Date on = rs.getDate(3);
                    boolean same = on != null && on.toLocalDate().equals(submitted.get(id));
                    verdicts.put(id, same && rs.getBoolean(2));
                    return id;
                })
                .list();
        return verdicts;
    }

    /** Records the verdict now found for the dossier's current submission (its row locked by {@link #lockVerdicts}). */
    void record(InReview d, boolean excluded, Long recordId, Instant now) {
        jdbc.sql("update dossier_exclusion_watch set excluded = :excluded, record_id = :record,"
                        + " checked_at = :now, submitted_on = :submitted where dossier_id = :id")
                .param("excluded", excluded)
                .param("record", recordId)
                .param("now", Timestamp.from(now))
                .param("submitted", Date.valueOf(d.submittedOn()))
                .param("id", d.id())
                .update();
    }
}
