package cn.ecozone.publicity;

import cn.ecozone.publicity.internal.OutcomeRows;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publicity module's API for other modules: what publicity found about dossiers (the opinion, the
 * round overview). Three statements however many dossiers.
 */
@Service
@Transactional(readOnly = true)
public class PublicityManagement {

    private final OutcomeRows outcomes;

    PublicityManagement(OutcomeRows outcomes) {
        this.outcomes = outcomes;
    }

    /**
     * The outcome of each dossier of {@code dossierIds}, every one present ({@link
     * PublicityOutcome#none} when nothing is on record). Precondition: the caller shows the outcome only
     * to readers who may see the dossier.
     */
    public Map<Long, PublicityOutcome> outcomes(Collection<Long> dossierIds) {
        return outcomes.outcomes(dossierIds);
    }
}
