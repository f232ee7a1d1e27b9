package cn.ecozone.review;

import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.dossier.DossierState;
import cn.ecozone.dossier.DossierSteps;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.review.internal.ExpertChecks;
import cn.ecozone.review.internal.ExpertDeclarations;
import cn.ecozone.review.internal.PanelEntity;
import cn.ecozone.review.internal.PanelRows;
import cn.ecozone.review.internal.Panels;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dossier's subject declares a conflict with an expert (issue 12 §2). Applicants never see experts'
 * names (panels show aliases), so the subject types the name (and organization) in; the declaration is
 * kept as typed and matched privately against the province's pool, and no answer says whether anyone
 * matched. Only the subject's own staff (the dossier's region) read or declare.
 */
@Service
@Transactional(readOnly = true)
public class SubjectConflictManagement {

    private final ExpertDeclarations declarations;
    private final PanelRows rows;
    private final Panels panels;
    private final RegionManagement regions;
    private final DossierSteps dossiers;
    private final Clock clock;

    SubjectConflictManagement(
            ExpertDeclarations declarations,
            PanelRows rows,
            Panels panels,
            RegionManagement regions,
            DossierSteps dossiers,
            Clock clock) {
        this.declarations = declarations;
        this.rows = rows;
        this.panels = panels;
        this.regions = regions;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** What a dossier's subject types in to declare a conflict: a name, optionally the organization. */
    public record SubjectDeclarationInput(String name, String organization, String note) {}

    /** A declaration as its subject typed it (never whether it matched anyone). */
    public record SubjectDeclaration(
            long id, String name, String organization, String note, String declaredBy, Instant declaredAt) {}

    /**
     * The subject's declarations for the dossier, and whether it may still declare (no panel covering the
     * dossier has closed and the dossier's chain has not finished).
     */
    public record SubjectDeclarations(boolean open, List<SubjectDeclaration> declarations) {}

    /** The dossier's declarations by its subject, as typed. 404 outside the subject's own dossiers. */
    public SubjectDeclarations declarationsForSubject(long dossierId, Actor actor) {
        DossierAtStep d = subjects(dossierId, actor);
        boolean closed = rows.panelsCovering(dossierId).stream()
                .map(panels::findById)
                .flatMap(Optional::stream)
                .anyMatch(p -> "CLOSED".equals(p.state()));
        return new SubjectDeclarations(
                !closed && d.dossier().state() != DossierState.ACCEPTED,
                declarations.of(dossierId).stream()
                        .map(x -> new SubjectDeclaration(
                                x.id(), x.name(), x.organization(), x.note(), x.declaredBy(), x.declaredAt()))
                        .toList());
    }

    /**
     * The dossier's subject declares a conflict with an expert by name (and organization, if given). The
     * declaration is kept as typed; each expert of the province's pool of that name (whose organization
     * matches, if given) gets a conflict with the dossier, which automation never clears. The answer is
     * the same whether or not anyone matched. Refused (409) once a panel covering the dossier has closed:
     * its panels' rows are locked first, so a close and a declaration queue and the closed board never
     * changes.
     */
    @Transactional
    public void declareBySubject(long dossierId, SubjectDeclarationInput in, Actor actor) {
        String name = ExpertChecks.required("name", in.name(), 100);
        String organization = ExpertChecks.optional("organization", in.organization(), 200);
        String note = ExpertChecks.required("note", in.note(), 500);
        DossierAtStep d = subjects(dossierId, actor);
        if (d.dossier().state() == DossierState.ACCEPTED) {
            throw new ReviewFacts.DeclarationClosed();
        }
        for (long panelId : rows.panelsCovering(dossierId)) {
            panels.lockById(panelId).ifPresent(PanelEntity::requireOpen);
        }
        Instant now = clock.instant();
        declarations.record(dossierId, name, organization, note, actor.username(), now);
        for (long expertId : declarations.matches(provincePath(d.dossier().regionCode()), name, organization)) {
            declarations.conflict(expertId, dossierId, note, actor.username(), now);
        }
    }

    private DossierAtStep subjects(long dossierId, Actor actor) {
        return dossiers.find(dossierId)
                .filter(d -> d.dossier().regionCode().equals(actor.regionCode()))
                .orElseThrow(() -> ApiException.notFound("error.dossier.not-found", dossierId));
    }

    private String provincePath(String regionCode) {
        String path = regions.require(regionCode).path();
        return path.substring(0, path.indexOf('/', 1) + 1);
    }
}
