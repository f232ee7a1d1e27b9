package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierState;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * Records the verdict now found; answers whether it changed from the last one (absent: not
     * excluded). The update takes the row's lock, so of two changes racing over one dossier only one
     * sees the flip.
     */
    boolean flipped(long dossierId, boolean excluded, long recordId, Instant now) {
        jdbc.sql("insert into dossier_exclusion_watch (dossier_id, excluded, record_id, checked_at)"
                        + " values (:id, false, null, :now) on conflict do nothing")
                .param("id", dossierId)
                .param("now", Timestamp.from(now))
                .update();
        return jdbc.sql("update dossier_exclusion_watch set excluded = :excluded, record_id = :record,"
                                + " checked_at = :now where dossier_id = :id and excluded <> :excluded")
                        .param("excluded", excluded)
                        .param("record", recordId)
                        .param("now", Timestamp.from(now))
                        .param("id", dossierId)
                        .update()
                == 1;
    }
}
