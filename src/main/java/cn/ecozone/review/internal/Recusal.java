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
 * an automatic conflict that no longer holds is ended ({@code ended_at}, never deleted), and a declared
 * or pinned one is never touched. A closed panel's board reads the conflicts recorded by its close and
 * not ended by it, so ending or adding one later never changes it; draws and seat checks read the
 * conflicts not ended.
 */
@Component
public class Recusal {

    private final ExpertRows experts;
    private final PanelRows rows;

    Recusal(ExpertRows experts, PanelRows rows) {
        this.experts = experts;
        this.rows = rows;
    }

    /** A dossier as the rules see it. */
    public record Case(long dossierId, ConflictRules.Applicant applicant) {}

    /**
     * Runs the rules for every pair and returns every conflict that holds now for the dossiers (declared
     * and pinned included, ended ones not). A handful of statements plus one per change.
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
                    PanelRows.Conflict recorded = existing.stream()
                            .filter(e -> (e.expertId() + ":" + e.dossierId() + ":" + e.type()).equals(key))
                            .findFirst()
                            .orElse(null);
                    if (recorded == null) {
                        rows.addConflict(r.id(), c.dossierId(), f.type(), "AUTOMATIC", f.detail(), by, now);
                    } else if (!recorded.heldAt(null)) {
                        rows.reopenAutomatic(recorded.id(), f.detail(), by, now);
                    }
                }
            }
        }
        for (PanelRows.Conflict e : existing) {
            boolean poolExpert = records.containsKey(e.expertId());
            if (poolExpert
                    && e.heldAt(null)
                    && "AUTOMATIC".equals(e.source())
                    && !holding.contains(e.expertId() + ":" + e.dossierId() + ":" + e.type())) {
                rows.endAutomatic(e.id(), now);
            }
        }
        return rows.current(dossierIds);
    }
}
