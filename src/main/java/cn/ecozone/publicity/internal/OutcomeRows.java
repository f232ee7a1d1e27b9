package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.NoticeRef;
import cn.ecozone.publicity.PublicityOutcome;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the publicity outcomes of many dossiers in three statements, whatever their number; whether a
 * dossier is blocked follows {@link BlockingComplaints}.
 */
@Component
public class OutcomeRows {

    private final JdbcClient jdbc;
    private final BlockingComplaints blocking;

    OutcomeRows(JdbcClient jdbc, BlockingComplaints blocking) {
        this.jdbc = jdbc;
        this.blocking = blocking;
    }

    /** Every dossier of {@code ids} with its outcome ({@link PublicityOutcome#none} when nothing is on record). */
    public Map<Long, PublicityOutcome> outcomes(Collection<Long> ids) {
        Map<Long, PublicityOutcome> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Map<Long, List<NoticeRef>> notices = new HashMap<>();
        jdbc.sql("select e.dossier_id, n.id, n.step_code, n.document_number, n.published_on, n.ends_on,"
                        + " n.issuer_name from publicity_notice_entry e join publicity_notice n on n.id = e.notice_id"
                        + " where e.dossier_id in (:ids) and n.state = 'PUBLISHED' order by n.published_on, n.id")
                .param("ids", ids)
                .query((rs, n) -> notices.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new NoticeRef(
                                rs.getLong(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, Date.class).toLocalDate(),
                                rs.getObject(6, Date.class).toLocalDate(),
                                rs.getString(7))))
                .list();
        Map<Long, int[]> counts = new HashMap<>();
        jdbc.sql("select dossier_id, count(*),"
                        + " sum(case when state <> 'FOUND' then 1 else 0 end),"
                        + " sum(case when finding = 'TRUE' then 1 else 0 end),"
                        + " sum(case when finding in ('UNTRUE', 'UNSUPPORTED') then 1 else 0 end),"
                        + " sum(case when finding = 'RESOLVED' then 1 else 0 end)"
                        + " from publicity_complaint where dossier_id in (:ids) group by dossier_id")
                .param("ids", ids)
                .query((rs, n) -> counts.put(
                        rs.getLong(1),
                        new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)}))
                .list();
        Map<Long, BlockingComplaints.Block> blocks = blocking.of(ids);
        for (Long id : ids) {
            int[] c = counts.getOrDefault(id, new int[5]);
            result.put(
                    id,
                    new PublicityOutcome(
                            id,
                            notices.getOrDefault(id, List.of()),
                            c[0],
                            c[1],
                            c[2],
                            c[3],
                            c[4],
                            blocks.containsKey(id)));
        }
        return result;
    }
}
