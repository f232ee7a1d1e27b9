package cn.ecozone.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Detection of the automatic conflicts between a pool and some dossiers: what holds now is recorded,
 * an automatic conflict that no longer holds is dropped, and a declared or pinned one is never touched.
 * Once a closed panel covers a dossier (at any step or opening), nothing of its conflicts is dropped or
 * changed any more: a closed board stays as it was (new conflicts may still be added; they postdate the
 * close and a closed board ignores them).
 */
@Component
public class Recusal {

    private final ExpertRows experts;
    private final PanelRows rows;
    private final CoverageRows coverage;

    Recusal(ExpertRows experts, PanelRows rows, CoverageRows coverage) {
        this.experts = experts;
        this.rows = rows;
        this.coverage = coverage;
    }

    /** A dossier as the rules see it. */
    public record Case(long dossierId, ConflictRules.Applicant applicant) {}

    /**
     * Runs the rules for every pair and returns every conflict now on record for the dossiers (declared
     * and pinned included). A handful of statements plus one per change.
     */
    public List<PanelRows.Conflict> detect(
            Collection<Case> cases,
            Collection<ExpertEntity> pool,
            int lookBackYears,
            LocalDate today,
            String by,
            Instant now) {
        List<Long> dossierIds = cases.stream().map(Case::dossierId).toList();
        List<PanelRows.Conflict> existing = rows.conflicts(dossierIds);
        Map<Long, ConflictRules.ExpertRecord> records = experts.records(pool);
        Set<String> holding = new HashSet<>();
        for (Case c : cases) {
            for (ConflictRules.ExpertRecord r : records.values()) {
                for (ConflictRules.Found f : ConflictRules.find(r, c.applicant(), lookBackYears, today)) {
                    String key = r.id() + ":" + c.dossierId() + ":" + f.type();
                    holding.add(key);
                    boolean recorded = existing.stream()
                            .anyMatch(e -> (e.expertId() + ":" + e.dossierId() + ":" + e.type()).equals(key));
                    if (!recorded) {
                        rows.addConflict(r.id(), c.dossierId(), f.type(), "AUTOMATIC", f.detail(), by, now);
                    }
                }
            }
        }
        Set<Long> frozen = coverage.coveredByClosed(dossierIds);
        for (PanelRows.Conflict e : existing) {
            boolean poolExpert = records.containsKey(e.expertId());
            if (poolExpert
                    && !frozen.contains(e.dossierId())
                    && "AUTOMATIC".equals(e.source())
                    && !holding.contains(e.expertId() + ":" + e.dossierId() + ":" + e.type())) {
                rows.dropAutomatic(e.id());
            }
        }
        return rows.conflicts(dossierIds);
    }
}
