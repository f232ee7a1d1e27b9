package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionContent;
import cn.ecozone.publicity.PublicityManagement;
import cn.ecozone.publicity.PublicityOutcome;
import cn.ecozone.review.PanelResult;
import cn.ecozone.review.ReviewManagement;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The panel's result (module {@code review}, IM eco-civ art. 14(二)) and the publicity outcome (module
 * {@code publicity}, art. 14(三), Guizhou arts. 10 and 16) as the opinion shows them: scores aggregated,
 * experts by alias only.
 */
@Component
class OpinionSources {

    private final ReviewManagement reviews;
    private final PublicityManagement publicity;

    OpinionSources(ReviewManagement reviews, PublicityManagement publicity) {
        this.reviews = reviews;
        this.publicity = publicity;
    }

    /** The panel at {@code stepCode} of the dossier, when one is on record. */
    Optional<OpinionContent.Panel> panel(long dossierId, String stepCode) {
        return reviews.results(dossierId, stepCode).map(OpinionSources::panel);
    }

    /**
     * The publicity outcome of each dossier a notice lists or someone complained about: one call for the
     * batch.
     */
    Map<Long, OpinionContent.Publicity> publicity(Collection<Long> dossierIds) {
        Map<Long, OpinionContent.Publicity> out = new HashMap<>();
        publicity.outcomes(dossierIds).forEach((id, o) -> {
            if (!o.notices().isEmpty() || o.complaints() > 0) {
                out.put(id, publicity(o));
            }
        });
        return out;
    }

    private static OpinionContent.Panel panel(PanelResult r) {
        return new OpinionContent.Panel(
                r.stepCode(),
                r.closed(),
                r.expertCount(),
                r.total(),
                r.criteria().stream()
                        .map(c -> new OpinionContent.Score(c.code(), c.textZh(), c.aggregated(), c.spread()))
                        .toList(),
                r.opinions().stream()
                        .map(o -> new OpinionContent.ExpertOpinion(o.alias(), o.opinion()))
                        .toList(),
                r.aggregation(),
                r.aggregationNote());
    }

    private static OpinionContent.Publicity publicity(PublicityOutcome o) {
        return new OpinionContent.Publicity(
                o.notices().stream()
                        .map(n -> new OpinionContent.Notice(n.documentNumber(), n.from(), n.to(), n.issuerZh()))
                        .toList(),
                o.complaints(),
                o.open(),
                o.foundTrue(),
                o.untrueOrUnsupported(),
                o.resolved(),
                o.blocking());
    }
}
