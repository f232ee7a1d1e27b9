package cn.ecozone.publicity.internal;

import cn.ecozone.dossier.DossierAtStep;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which dossiers' current visits to a publicity step a notice already covers (ADR 0027): a notice takes
 * only dossiers whose current opening no other notice lists, so that each visit is publicised once. One
 * statement however many dossiers.
 */
@Component
public class NoticeCoverage {

    private final JdbcClient jdbc;

    NoticeCoverage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The notice (other than {@code exceptNoticeId}) that lists each dossier for its current opening of
     * {@code stepCode}, by dossier id; dossiers no other notice covers are left out.
     *
     * @param exceptNoticeId the notice being edited, or {@code null}
     */
    public Map<Long, Long> coveredBy(String stepCode, Collection<DossierAtStep> waiting, Long exceptNoticeId) {
        Map<Long, Long> covered = new HashMap<>();
        if (waiting.isEmpty()) {
            return covered;
        }
        Map<Long, DossierAtStep> byRun = new HashMap<>();
        waiting.forEach(a -> byRun.put(a.runId(), a));
        jdbc.sql("select run_id, opening, notice_id from publicity_notice_entry"
                        + " where step_code = :step and run_id in (:runs) and opening is not null")
                .param("step", stepCode)
                .param("runs", byRun.keySet())
                .query((rs, n) -> {
                    DossierAtStep a = byRun.get(rs.getLong(1));
                    long notice = rs.getLong(3);
                    if (a.opening() == rs.getInt(2) && (exceptNoticeId == null || notice != exceptNoticeId)) {
                        covered.put(a.dossier().id(), notice);
                    }
                    return notice;
                })
                .list();
        return covered;
    }
}
