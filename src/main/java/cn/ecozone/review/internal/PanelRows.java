package cn.ecozone.review.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A panel's members, skipped experts, covered dossiers (read here; written and matched by opening in
 * {@link CoverageRows}), conflicts, score sheets and reconciliations.
 */
@Component
public class PanelRows {

    private final JdbcClient jdbc;

    PanelRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A seat: {@code MEMBER} (scores), {@code ALTERNATE}, or {@code REMOVED} (did not show or had to leave,
     * {@code removedKind} NO_SHOW or LEFT; its sheets never count); {@code how} DRAWN, ADDED, PROMOTED or
     * REDRAWN.
     */
    public record Member(
            long expertId,
            String alias,
            String seat,
            String how,
            String reason,
            int order,
            String removedKind,
            String removedReason) {}

    public record Coverage(long panelId, long dossierId, String stepCode, String decision) {}

    /**
     * A typed conflict; {@code recordedAt} and {@code endedAt} (when an automatic conflict stopped holding,
     * else {@code null}) let a closed panel's board read the conflicts as they were at its close.
     */
    public record Conflict(
            long id,
            long expertId,
            long dossierId,
            String type,
            String source,
            String detail,
            Instant recordedAt,
            Instant endedAt) {

        /** Held at {@code at} (recorded by then and not ended by then); with {@code null}, held now. */
        public boolean heldAt(Instant at) {
            if (at == null) {
                return endedAt == null;
            }
            return !recordedAt.isAfter(at) && (endedAt == null || endedAt.isAfter(at));
        }
    }

    /** A sheet with its scores by criterion. */
    public record Sheet(
            long id,
            long expertId,
            long dossierId,
            String opinion,
            Instant submittedAt,
            long version,
            Map<String, BigDecimal> scores) {

        public boolean submitted() {
            return submittedAt != null;
        }
    }

    public record Reconciliation(long dossierId, String criterionCode, String text, String recordedBy) {}

    /** The alias of the n-th member (0-based): 专家A … 专家Z, then 专家AA …. */
    public static String alias(int n) {
        StringBuilder s = new StringBuilder();
        int i = n;
        do {
            s.insert(0, (char) ('A' + i % 26));
            i = i / 26 - 1;
        } while (i >= 0);
        return "专家" + s;
    }

    public void addMember(long panelId, long expertId, String seat, String how, String reason, int order) {
        jdbc.sql("insert into review_member (panel_id, expert_id, alias, seat, how, reason, draw_order)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(panelId, expertId, alias(order), seat, how, reason, order)
                .update();
    }

    public List<Member> members(long panelId) {
        return members(List.of(panelId)).getOrDefault(panelId, List.of());
    }

    /** The members of each panel, by panel id, in seat order (one statement). */
    public Map<Long, List<Member>> members(Collection<Long> panelIds) {
        Map<Long, List<Member>> out = new HashMap<>();
        if (panelIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select panel_id, expert_id, alias, seat, how, reason, draw_order, removed_kind, removed_reason"
                        + " from review_member where panel_id in (:ids) order by panel_id, draw_order")
                .param("ids", panelIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Member(
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getInt(7),
                                    rs.getString(8),
                                    rs.getString(9)));
                });
        return out;
    }

    /** The panels (id) where the expert holds a seat, newest first. */
    public List<Long> panelsOf(long expertId) {
        return jdbc.sql("select panel_id from review_member where expert_id = ? order by panel_id desc")
                .param(expertId)
                .query(Long.class)
                .list();
    }

    public List<Coverage> covered(long panelId) {
        return jdbc.sql("select panel_id, dossier_id, step_code, decision from review_panel_dossier"
                        + " where panel_id = ? order by dossier_id")
                .param(panelId)
                .query((rs, n) -> new Coverage(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /**
     * The panels covering the dossier's most recent covered visit, by id: those of its highest covered
     * opening (openings only grow along a run). A panel closed for an earlier visit or an earlier step
     * is history and no longer listed once a later one covers the dossier.
     */
    public List<Long> panelsCovering(long dossierId) {
        return jdbc.sql("select panel_id from review_panel_dossier pd where dossier_id = ? and opening ="
                        + " (select max(x.opening) from review_panel_dossier x where x.dossier_id = pd.dossier_id)"
                        + " order by panel_id")
                .param(dossierId)
                .query(Long.class)
                .list();
    }

    public List<Conflict> conflicts(Collection<Long> dossierIds) {
        if (dossierIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, expert_id, dossier_id, type, source, detail, recorded_at, ended_at"
                        + " from review_conflict where dossier_id in (:ids) order by dossier_id, expert_id, id")
                .param("ids", dossierIds)
                .query((rs, n) -> new Conflict(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant()))
                .list();
    }

    /** The conflicts of the dossiers that hold now (not ended). */
    public List<Conflict> current(Collection<Long> dossierIds) {
        return conflicts(dossierIds).stream().filter(c -> c.heldAt(null)).toList();
    }

    /**
     * The experts conflicted with the dossier now (conflicts not ended); with {@code until}, those recorded
     * by then and not ended by then (a closed panel's board stays as it was at the close).
     */
    public Set<Long> conflictedExperts(long dossierId, Instant until) {
        JdbcClient.StatementSpec query = until == null
                ? jdbc.sql("select expert_id from review_conflict where dossier_id = ? and ended_at is null")
                        .param(dossierId)
                : jdbc.sql("select expert_id from review_conflict where dossier_id = ? and recorded_at <= ?"
                                + " and (ended_at is null or ended_at > ?)")
                        .params(dossierId, Timestamp.from(until), Timestamp.from(until));
        return Set.copyOf(query.query(Long.class).list());
    }

    public boolean conflicted(long expertId, long dossierId) {
        return jdbc.sql("select count(*) from review_conflict where expert_id = ? and dossier_id = ?"
                                + " and ended_at is null")
                        .params(expertId, dossierId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void addConflict(
            long expertId, long dossierId, String type, String source, String detail, String by, Instant at) {
        jdbc.sql("insert into review_conflict (expert_id, dossier_id, type, source, detail, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(expertId, dossierId, type, source, detail, by, Timestamp.from(at))
                .update();
    }

    /**
     * Ends an automatic conflict that no longer holds (kept as history, never deleted: a board closed
     * before {@code at} still reads it); declared and pinned ones are never touched.
     */
    public void endAutomatic(long conflictId, Instant at) {
        jdbc.sql("update review_conflict set ended_at = ? where id = ? and source = 'AUTOMATIC' and ended_at is null")
                .params(Timestamp.from(at), conflictId)
                .update();
    }

    /**
     * An ended automatic conflict holds again: it is recorded anew as of {@code at} (one row per expert,
     * dossier and type).
     */
    public void reopenAutomatic(long conflictId, String detail, String by, Instant at) {
        jdbc.sql("update review_conflict set ended_at = null, detail = ?, recorded_by = ?, recorded_at = ?"
                        + " where id = ? and source = 'AUTOMATIC' and ended_at is not null")
                .params(detail, by, Timestamp.from(at), conflictId)
                .update();
    }

    /** Pins an automatic conflict (province-confirmed): detection no longer removes it. */
    public boolean pin(long conflictId, long dossierId) {
        return jdbc.sql("update review_conflict set source = 'PINNED' where id = ? and dossier_id = ?"
                                + " and source = 'AUTOMATIC' and ended_at is null")
                        .params(conflictId, dossierId)
                        .update()
                == 1;
    }

    public List<Sheet> sheets(long panelId) {
        return sheets(List.of(panelId)).getOrDefault(panelId, List.of());
    }

    /** The sheets of each panel with their scores, by panel id (two statements). */
    public Map<Long, List<Sheet>> sheets(Collection<Long> panelIds) {
        Map<Long, List<Sheet>> out = new HashMap<>();
        if (panelIds.isEmpty()) {
            return out;
        }
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("select s.sheet_id, s.criterion_code, s.score from review_score s join review_sheet h"
                        + " on h.id = s.sheet_id where h.panel_id in (:ids)")
                .param("ids", panelIds)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3));
                });
        jdbc.sql("select id, expert_id, dossier_id, opinion, submitted_at, version, panel_id from review_sheet"
                        + " where panel_id in (:ids) order by id")
                .param("ids", panelIds)
                .query(rs -> {
                    Timestamp at = rs.getTimestamp(5);
                    out.computeIfAbsent(rs.getLong(7), k -> new ArrayList<>())
                            .add(new Sheet(
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    at == null ? null : at.toInstant(),
                                    rs.getLong(6),
                                    scores.getOrDefault(rs.getLong(1), Map.of())));
                });
        return out;
    }

    /**
     * Writes the expert's sheet for the dossier: its opinion and scores, submitted when {@code submittedAt}
     * is set. Precondition: the caller holds the panel's row lock and checked the sheet is not submitted.
     */
    public void writeSheet(
            long panelId,
            long dossierId,
            long expertId,
            String opinion,
            Map<String, BigDecimal> scores,
            Instant submittedAt) {
        Timestamp at = submittedAt == null ? null : Timestamp.from(submittedAt);
        int updated = jdbc.sql("update review_sheet set opinion = ?, submitted_at = ?, version = version + 1"
                        + " where panel_id = ? and dossier_id = ? and expert_id = ?")
                .params(opinion, at, panelId, dossierId, expertId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into review_sheet (panel_id, dossier_id, expert_id, opinion, submitted_at, version)"
                            + " values (?, ?, ?, ?, ?, 0)")
                    .params(panelId, dossierId, expertId, opinion, at)
                    .update();
        }
        long sheetId = jdbc.sql("select id from review_sheet where panel_id = ? and dossier_id = ? and expert_id = ?")
                .params(panelId, dossierId, expertId)
                .query(Long.class)
                .single();
        jdbc.sql("delete from review_score where sheet_id = ?").param(sheetId).update();
        for (Map.Entry<String, BigDecimal> s : scores.entrySet()) {
            jdbc.sql("insert into review_score (sheet_id, criterion_code, score) values (?, ?, ?)")
                    .params(sheetId, s.getKey(), s.getValue())
                    .update();
        }
    }

    public void reconcile(long panelId, long dossierId, String criterion, String text, String by, Instant at) {
        int updated = jdbc.sql("update review_reconciliation set text = ?, recorded_by = ?, recorded_at = ?"
                        + " where panel_id = ? and dossier_id = ? and criterion_code = ?")
                .params(text, by, Timestamp.from(at), panelId, dossierId, criterion)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into review_reconciliation (panel_id, dossier_id, criterion_code, text, recorded_by,"
                            + " recorded_at) values (?, ?, ?, ?, ?, ?)")
                    .params(panelId, dossierId, criterion, text, by, Timestamp.from(at))
                    .update();
        }
    }

    public List<Reconciliation> reconciliations(long panelId) {
        return jdbc.sql("select dossier_id, criterion_code, text, recorded_by from review_reconciliation"
                        + " where panel_id = ? order by dossier_id, criterion_code")
                .param(panelId)
                .query((rs, n) -> new Reconciliation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
