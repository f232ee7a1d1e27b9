package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.DossierViews;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted dossier read for an expert reviewer (issue 12 §2), without the actor's region scope: its
 * summary, materials and condition answers as at submission, read-only. Precondition: the caller (the
 * review module) checked that the actor sits on a panel covering the dossier and has no conflict with it.
 */
@Service
@Transactional(readOnly = true)
public class DossierForReview {

    private final Dossiers dossiers;
    private final DossierViews checks;
    private final DossierRendering rendering;
    private final RegulationManagement regulations;

    DossierForReview(
            Dossiers dossiers, DossierViews checks, DossierRendering rendering, RegulationManagement regulations) {
        this.dossiers = dossiers;
        this.checks = checks;
        this.rendering = rendering;
        this.regulations = regulations;
    }

    /** What a reviewer reads of a dossier. */
    public record Reading(
            DossierSummary dossier,
            List<DossierView.MaterialView> materials,
            List<DossierView.ConditionView> conditions) {}

    /** The submitted dossier, or empty when there is none (or it was never submitted). */
    public Optional<Reading> read(long dossierId, Actor reviewer) {
        return dossiers.findById(dossierId).filter(d -> d.submittedOn() != null).map(d -> reading(d, reviewer));
    }

    /**
     * The list lines of the dossiers, by id, in two statements whatever their number. Precondition: the
     * caller shows them only to a reviewer of a panel covering them, or to its province's staff.
     */
    public java.util.Map<Long, DossierSummary> summaries(java.util.Collection<Long> dossierIds) {
        java.util.Map<Long, DossierSummary> out = new java.util.HashMap<>();
        dossiers.findAllById(dossierIds).forEach(d -> out.put(d.id(), rendering.summary(d)));
        return out;
    }

    private Reading reading(DossierEntity d, Actor reviewer) {
        var regulation = regulations
                .find(d.regulationCode(), d.regulationVersion())
                .orElseThrow(() -> new IllegalStateException("regulation gone"));
        DossierViews.Checked c = checks.check(regulation, d, d.submittedOn(), reviewer);
        return new Reading(rendering.summary(d), c.materials(), c.conditions());
    }
}
