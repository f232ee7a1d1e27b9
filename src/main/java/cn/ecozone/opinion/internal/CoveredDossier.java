package cn.ecozone.opinion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A dossier an opinion covers, with its run (the run the step is completed on) and the opening of the
 * step the run was in when covered: the opinion meets {@code OPINION_ISSUED} for that opening only.
 */
@Embeddable
public class CoveredDossier {

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "run_id")
    private long runId;

    private int opening;

    protected CoveredDossier() {}

    public CoveredDossier(long dossierId, long runId, int opening) {
        this.dossierId = dossierId;
        this.runId = runId;
        this.opening = opening;
    }

    public long dossierId() {
        return dossierId;
    }

    public long runId() {
        return runId;
    }

    public int opening() {
        return opening;
    }
}
