package cn.ecozone.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who the draw skipped and why, and the changes of a panel's seats after the draw: a member removed (did
 * not show, or had to leave), an alternate promoted into the seat, and the replacement's record (with
 * the seed when drawn anew).
 */
@Component
public class SeatRows {

    private final JdbcClient jdbc;

    SeatRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An expert the draw skipped: REMOVED, FIELD or CONFLICT (with the conflicts' types). */
    public record Skipped(long expertId, String reason, String detail) {}

    public void addSkipped(long panelId, long expertId, String reason, String detail) {
        jdbc.sql("insert into review_skipped (panel_id, expert_id, reason, detail) values (?, ?, ?, ?)")
                .params(panelId, expertId, reason, detail)
                .update();
    }

    public List<Skipped> skipped(long panelId) {
        return skipped(List.of(panelId)).getOrDefault(panelId, List.of());
    }

    /** Who each panel's draw skipped and why, by panel id (one statement). */
    public Map<Long, List<Skipped>> skipped(Collection<Long> panelIds) {
        Map<Long, List<Skipped>> out = new HashMap<>();
        if (panelIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select panel_id, expert_id, reason, detail from review_skipped where panel_id in (:ids) order by id")
                .param("ids", panelIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Skipped(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        return out;
    }

    /** A recorded replacement, as the province reads it. */
    public record Replacement(
            long removedExpertId,
            String kind,
            String reason,
            long replacementExpertId,
            String how,
            Long seed,
            String algorithm,
            String recordedBy,
            Instant recordedAt) {}

    /**
     * Turns the member's seat to {@code REMOVED} with why: {@code false} when it is no longer a scoring
     * seat (another removal came first). Precondition: the caller holds the panel's row lock.
     */
    public boolean remove(long panelId, long expertId, String kind, String reason, String by, Instant at) {
        return jdbc.sql("update review_member set seat = 'REMOVED', removed_kind = ?, removed_reason = ?,"
                                + " removed_by = ?, removed_at = ? where panel_id = ? and expert_id = ?"
                                + " and seat = 'MEMBER'")
                        .params(kind, reason, by, Timestamp.from(at), panelId, expertId)
                        .update()
                == 1;
    }

    /** Seats the alternate as a scoring member; it keeps its alias. */
    public void promote(long panelId, long expertId, String reason) {
        jdbc.sql("update review_member set seat = 'MEMBER', how = 'PROMOTED', reason = ? where panel_id = ?"
                        + " and expert_id = ? and seat = 'ALTERNATE'")
                .params(reason, panelId, expertId)
                .update();
    }

    public void record(long panelId, Replacement r, String eligible) {
        jdbc.sql("insert into review_replacement (panel_id, removed_expert_id, kind, reason, replacement_expert_id,"
                        + " how, seed, algorithm, eligible, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        panelId,
                        r.removedExpertId(),
                        r.kind(),
                        r.reason(),
                        r.replacementExpertId(),
                        r.how(),
                        r.seed(),
                        r.algorithm(),
                        eligible,
                        r.recordedBy(),
                        Timestamp.from(r.recordedAt()))
                .update();
    }

    /** The replacements of each panel, oldest first, by panel id (one statement). */
    public Map<Long, List<Replacement>> byPanel(Collection<Long> panelIds) {
        Map<Long, List<Replacement>> out = new HashMap<>();
        if (panelIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select panel_id, removed_expert_id, kind, reason, replacement_expert_id, how, seed, algorithm,"
                        + " recorded_by, recorded_at from review_replacement where panel_id in (:ids) order by id")
                .param("ids", panelIds)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Replacement(
                                    rs.getLong(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getLong(5),
                                    rs.getString(6),
                                    rs.getObject(7, Long.class),
                                    rs.getString(8),
                                    rs.getString(9),
                                    rs.getTimestamp(10).toInstant()));
                });
        return out;
    }
}
