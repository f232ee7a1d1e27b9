package cn.ecozone.opinion.internal;

import cn.ecozone.opinion.OpinionContent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The panel's result (module {@code review}) and the publicity outcome (module {@code publicity}) as the
 * opinion shows them. Until those modules are merged, nothing is on record.
 */
@Component
class OpinionSources {

    /** The panel at {@code stepCode} of the dossier, when one is on record. */
    Optional<OpinionContent.Panel> panel(long dossierId, String stepCode) {
        return Optional.empty();
    }

    /** The publicity outcome of each dossier that has one: one call for the batch. */
    Map<Long, OpinionContent.Publicity> publicity(Collection<Long> dossierIds) {
        return Map.of();
    }
}
