package cn.ecozone.review.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The expert's own work list (我的评审): one row per dossier the expert scores on a panel where it holds a
 * scoring seat, without the dossiers it has a conflict with. A page and its count are two statements,
 * whatever the number of panels, dossiers or sheets.
 */
@Component
public class ExpertReviews {

    /** Which rows: all, those whose sheet is not yet submitted, or those submitted. */
    public enum Filter {
        ALL,
        TO_SCORE,
        SUBMITTED;

        /** The filter a request names; blank is ALL, anything unknown a 400 naming {@code state}. */
        public static Filter of(String state) {
            if (state == null || state.isBlank()) {
                return ALL;
            }
            return switch (state.strip()) {
                case "TO_SCORE" -> TO_SCORE;
                case "SUBMITTED" -> SUBMITTED;
                default -> throw cn.ecozone.shared.ApiException.invalid("state", "review.input.kind");
            };
        }
    }

    /** One dossier the expert scores on one panel. */
    public record Row(
            long panelId,
            long roundId,
            String stepCode,
            String panelState,
            String alias,
            long dossierId,
            java.time.Instant submittedAt) {}

    private static final String FROM = """
             from review_member m
             join review_panel p on p.id = m.panel_id
             join review_panel_dossier c on c.panel_id = m.panel_id
             left join review_sheet s
               on s.panel_id = m.panel_id and s.dossier_id = c.dossier_id and s.expert_id = m.expert_id
            where m.expert_id = :expert and m.seat = 'MEMBER'
              and not exists (select 1 from review_conflict k
                               where k.expert_id = m.expert_id and k.dossier_id = c.dossier_id
                                 and k.ended_at is null)
              and (:filter = 'ALL'
                   or (:filter = 'SUBMITTED' and s.submitted_at is not null)
                   or (:filter = 'TO_SCORE' and s.submitted_at is null))
            """;

    /** Narrows the rows to some dossiers (a search by subject's name found them). */
    private static final String ONLY = " and c.dossier_id in (:only)";

    private final JdbcClient jdbc;

    ExpertReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The dossiers of all the expert's rows the filter holds (for a search by subject's name, which the
     * dossier module answers): one statement.
     */
    public List<Long> dossiers(long expertId, Filter filter) {
        return jdbc.sql("select distinct c.dossier_id" + FROM)
                .param("expert", expertId)
                .param("filter", filter.name())
                .query(Long.class)
                .list();
    }

    /**
     * A page of the expert's rows, newest panel first, then by dossier.
     *
     * @param only the dossiers the rows are narrowed to (not empty), or null for all
     */
    public List<Row> page(long expertId, Filter filter, Collection<Long> only, long offset, int size) {
        var sql = jdbc.sql("select m.panel_id, p.round_id, p.step_code, p.state, m.alias, c.dossier_id, s.submitted_at"
                        + FROM
                        + (only == null ? "" : ONLY)
                        + " order by m.panel_id desc, c.dossier_id limit :size offset :offset")
                .param("expert", expertId)
                .param("filter", filter.name())
                .param("size", size)
                .param("offset", offset);
        if (only != null) {
            sql = sql.param("only", only);
        }
        return sql.query((rs, n) -> {
                    Timestamp at = rs.getTimestamp("submitted_at");
                    return new Row(
                            rs.getLong("panel_id"),
                            rs.getLong("round_id"),
                            rs.getString("step_code"),
                            rs.getString("state"),
                            rs.getString("alias"),
                            rs.getLong("dossier_id"),
                            at == null ? null : at.toInstant());
                })
                .list();
    }

    /** How many rows the filter holds ({@code only} as for {@link #page}). */
    public long count(long expertId, Filter filter, Collection<Long> only) {
        var sql = jdbc.sql("select count(*)" + FROM + (only == null ? "" : ONLY))
                .param("expert", expertId)
                .param("filter", filter.name());
        if (only != null) {
            sql = sql.param("only", only);
        }
        return sql.query(Long.class).single();
    }
}
