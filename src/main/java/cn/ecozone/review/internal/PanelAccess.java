package cn.ecozone.review.internal;

import cn.ecozone.dossier.RoundManagement;
import cn.ecozone.dossier.RoundView;
import cn.ecozone.review.ReviewFacts;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who may reach a round or a panel: the province staff of the panel's province; anyone else gets 404.
 * Shared by the panel commands and views.
 */
@Component
public class PanelAccess {

    private final Panels panels;
    private final CoverageRows coverage;
    private final RoundManagement rounds;

    PanelAccess(Panels panels, CoverageRows coverage, RoundManagement rounds) {
        this.panels = panels;
        this.coverage = coverage;
        this.rounds = rounds;
    }

    /** The round, when it lies in the actor's jurisdiction; else 404. */
    public RoundView round(long roundId, Actor actor) {
        RoundView round;
        try {
            round = rounds.view(roundId);
        } catch (java.util.NoSuchElementException e) {
            throw ApiException.notFound("review.round.not-found", roundId);
        }
        if (!round.jurisdictionCode().equals(actor.regionCode())) {
            throw ApiException.notFound("review.round.not-found", roundId);
        }
        return round;
    }

    /** The panel, when its pool is the actor's province; else 404. */
    public PanelEntity visible(long panelId, Actor actor) {
        return panels.findById(panelId)
                .filter(p -> p.poolRegionPath().equals(actor.regionPath()))
                .orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    /** As {@link #visible}, with the panel's row locked until the transaction ends. */
    public PanelEntity locked(long panelId, Actor actor) {
        visible(panelId, actor);
        return panels.lockById(panelId).orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    /** The panel's coverage of the dossier; 404 when it does not cover it. */
    public CoverageRows.Covered covered(PanelEntity panel, long dossierId) {
        return coverage.of(panel.id()).stream()
                .filter(c -> c.dossierId() == dossierId)
                .findFirst()
                .orElseThrow(ReviewFacts.PanelNotFound::new);
    }

    /** The ids of the dossiers the panel covers. */
    public List<Long> coveredIds(PanelEntity panel) {
        return coverage.of(panel.id()).stream()
                .map(CoverageRows.Covered::dossierId)
                .toList();
    }
}
