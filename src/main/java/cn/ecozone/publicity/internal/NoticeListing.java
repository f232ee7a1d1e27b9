package cn.ecozone.publicity.internal;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.shared.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which dossiers a notice may list (ADR 0027): those of the round in the issuer's scope that wait at the
 * notice's step and whose current opening no other notice lists, so that each visit to the step is
 * publicised once. Each entry records the run, the step and the opening it was listed for.
 */
@Component
public class NoticeListing {

    private final JdbcClient jdbc;
    private final DossierSteps dossiers;

    NoticeListing(JdbcClient jdbc, DossierSteps dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
    }

    /** The round's dossiers in the actor's scope waiting at the step whose current visit no notice lists. */
    public List<DossierAtStep> waiting(long roundId, String stepCode, Actor actor) {
        List<DossierAtStep> waiting = dossiers.waitingAt(roundId, stepCode, actor);
        Map<Long, Long> covered = coveredBy(stepCode, waiting, null);
        return waiting.stream()
                .filter(a -> !covered.containsKey(a.dossier().id()))
                .toList();
    }

    /**
     * The entries of {@code notice} for {@code dossierIds}, in that order: a dossier waiting at the step
     * is listed for its current opening; one the draft already lists and that has moved on keeps its
     * entry.
     *
     * @throws PublicityFacts.DossierNotWaiting for a dossier neither waiting nor listed
     * @throws PublicityFacts.DossierAlreadyListed for one whose current visit another notice lists
     */
    public List<NoticeEntry> entries(NoticeEntity notice, List<Long> dossierIds, Actor actor) {
        Map<Long, DossierAtStep> waiting = dossiers.waitingAt(notice.roundId(), notice.stepCode(), actor).stream()
                .collect(Collectors.toMap(a -> a.dossier().id(), Function.identity()));
        Map<Long, Long> covered = coveredBy(notice.stepCode(), waiting.values(), notice.id());
        List<NoticeEntry> listed = new ArrayList<>();
        for (Long dossierId : dossierIds.stream().distinct().toList()) {
            DossierAtStep a = waiting.get(dossierId);
            NoticeEntry kept = notice.entry(dossierId).orElse(null);
            if (a == null && kept == null) {
                throw new PublicityFacts.DossierNotWaiting(dossierId);
            }
            if (a != null && covered.containsKey(dossierId)) {
                throw new PublicityFacts.DossierAlreadyListed(dossierId, covered.get(dossierId));
            }
            listed.add(
                    a == null
                            ? kept.at(listed.size())
                            : new NoticeEntry(
                                    dossierId,
                                    a.dossier().candidacyId(),
                                    a.runId(),
                                    notice.stepCode(),
                                    a.opening(),
                                    a.dossier().regionCode(),
                                    a.dossier().regionName(),
                                    a.dossier().subjectName(),
                                    listed.size()));
        }
        return listed;
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
