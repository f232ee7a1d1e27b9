package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.ComplaintState;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The complaints that block a dossier's recommendation or naming (Guizhou art. 16: named only if there
 * were no complaints or each was found untrue, unsupported or resolved), in one statement however many
 * dossiers:
 *
 * <ul>
 *   <li>a complaint without a finding blocks, whichever visit's notice it was made on;
 *   <li>a complaint found true blocks until the dossier is publicised anew on the same step, for a later
 *       opening of the step on the same run than the one its notice was made for, by a notice published
 *       after the finding (it was returned, rectified and brought back: the new publicity takes fresh
 *       complaints); the finding stays on record as history. A stale entry (same or earlier opening) or a
 *       legacy entry without an opening never lifts it. A complaint on a legacy entry without an opening
 *       (V86) counts from the opening the step was in when the finding was made.
 * </ul>
 */
@Component
public class BlockingComplaints {

    /** The first blocking complaint of a dossier: its internal number and state. */
    public record Block(long complaintId, ComplaintState state) {}

    private final JdbcClient jdbc;

    BlockingComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The earliest blocking complaint of each dossier of {@code dossierIds} that has one. */
    public Map<Long, Block> of(Collection<Long> dossierIds) {
        Map<Long, Block> blocks = new LinkedHashMap<>();
        if (dossierIds.isEmpty()) {
            return blocks;
        }
        jdbc.sql("select c.dossier_id, c.id, c.state from publicity_complaint c"
                        + " join publicity_notice n on n.id = c.notice_id"
                        + " left join publicity_notice_entry e on e.notice_id = c.notice_id"
                        + " and e.dossier_id = c.dossier_id"
                        + " where c.dossier_id in (:dossiers) and (c.state <> 'FOUND' or (c.finding = 'TRUE'"
                        + " and not exists (select 1 from publicity_notice_entry e2"
                        + " join publicity_notice n2 on n2.id = e2.notice_id"
                        + " where e2.dossier_id = c.dossier_id and e2.run_id = e.run_id"
                        + " and e2.step_code = n.step_code and e2.opening is not null"
                        + " and e2.opening > coalesce(e.opening, (select max(t.step_round) from procedure_task t"
                        + " where t.run_id = e.run_id and t.step_code = n.step_code and t.opened_at <= c.found_at))"
                        + " and n2.state = 'PUBLISHED' and n2.published_at > c.found_at)))"
                        + " order by c.received_at, c.id")
                .param("dossiers", dossierIds)
                .query((rs, n) -> {
                    blocks.putIfAbsent(
                            rs.getLong(1), new Block(rs.getLong(2), ComplaintState.valueOf(rs.getString(3))));
                    return n;
                })
                .list();
        return blocks;
    }
}
