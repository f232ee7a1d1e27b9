package cn.ecozone.review;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The façade of expert review for other modules (issue 12 §2): a dossier's panel result at a step,
 * with experts under aliases only.
 */
@Service
@Transactional(readOnly = true)
public class ReviewManagement {

    private final cn.ecozone.review.internal.PanelResults results;

    ReviewManagement(cn.ecozone.review.internal.PanelResults results) {
        this.results = results;
    }

    /**
     * The result of the panel that covers {@code dossierId} at {@code stepCode}; empty when no panel
     * covers it. Scores and opinions appear only once every member has submitted or the panel closed.
     * Precondition: the caller shows it only to readers who may see the dossier.
     */
    public Optional<PanelResult> results(long dossierId, String stepCode) {
        return results.of(dossierId, stepCode);
    }
}
