package cn.ecozone.opinion;

import java.util.List;

/**
 * Published (and kept in the event publication registry) when an opinion is issued: the dossiers it
 * covers may now complete its step.
 */
public record OpinionIssued(long opinionId, long roundId, String stepCode, List<Long> dossierIds) {

    public OpinionIssued {
        dossierIds = List.copyOf(dossierIds);
    }
}
