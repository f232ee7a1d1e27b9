package cn.ecozone.dossier;

import cn.ecozone.dossier.internal.DossierEntity;
import cn.ecozone.dossier.internal.DossierViews;
import cn.ecozone.dossier.internal.Dossiers;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.shared.Actor;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted dossier read for an expert reviewer (issue 12 §2), without the actor's region scope: its
 * summary, materials and condition answers as at submission, and its files, read-only. Precondition:
 * the caller (the review module) checked that the actor sits on a panel covering the dossier and has no
 * conflict with it.
 */
@Service
@Transactional(readOnly = true)
public class DossierForReview {

    private final Dossiers dossiers;
    private final DossierViews checks;
    private final DossierRendering rendering;
    private final RegulationManagement regulations;
    private final cn.ecozone.dossier.internal.DossierParts parts;
    private final cn.ecozone.document.DocumentManagement documents;

    DossierForReview(
            Dossiers dossiers,
            DossierViews checks,
            DossierRendering rendering,
            RegulationManagement regulations,
            cn.ecozone.dossier.internal.DossierParts parts,
            cn.ecozone.document.DocumentManagement documents) {
        this.dossiers = dossiers;
        this.checks = checks;
        this.rendering = rendering;
        this.regulations = regulations;
        this.parts = parts;
        this.documents = documents;
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
     * A file of the submitted dossier (a material's or an answer's evidence), read-only; empty when the
     * dossier was never submitted or does not hold the file. Precondition as for {@link #read}: the caller
     * checked that the reader may read the dossier.
     */
    public Optional<cn.ecozone.document.StoredDocument> document(long dossierId, long documentId) {
        return dossiers.findById(dossierId)
                .filter(d -> d.submittedOn() != null && parts.holds(d.id(), documentId))
                .map(d -> documents.require(documentId));
    }

    /** The bytes of a file found by {@link #document}. */
    public java.io.InputStream open(cn.ecozone.document.StoredDocument document) throws java.io.IOException {
        return documents.open(document.id());
    }

    /**
     * The list lines of the dossiers, by id, in two statements whatever their number. Precondition: the
     * caller shows them only to a reviewer of a panel covering them, or to its province's staff.
     */
    public Map<Long, DossierSummary> summaries(Collection<Long> dossierIds) {
        Map<Long, DossierSummary> out = new HashMap<>();
        dossiers.findAllById(dossierIds).forEach(d -> out.put(d.id(), rendering.summary(d)));
        return out;
    }

    /**
     * Those of the dossiers whose subject's name matches {@code q} (a LIKE pattern, escape {@code \\}),
     * in one statement; for a reviewer's own list searched by subject. Same precondition as {@link
     * #summaries}.
     */
    public Set<Long> named(Collection<Long> dossierIds, String q) {
        return dossierIds.isEmpty() ? Set.of() : Set.copyOf(dossiers.named(dossierIds, q));
    }

    private Reading reading(DossierEntity d, Actor reviewer) {
        var regulation = regulations
                .find(d.regulationCode(), d.regulationVersion())
                .orElseThrow(() -> new IllegalStateException("regulation gone"));
        DossierViews.Checked c = checks.check(regulation, d, d.submittedOn(), reviewer);
        return new Reading(rendering.summary(d), c.materials(), c.conditions());
    }
}
