package cn.ecozone.opinion.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dossier an opinion covers, with its run (the run the step is completed on). */
@Embeddable
public class CoveredDossier {

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "run_id")
    private long runId;

    protected CoveredDossier() {}

    public CoveredDossier(long dossierId, long runId) {
        this.dossierId = dossierId;
        this.runId = runId;
    }

    public long dossierId() {
        return dossierId;
    }

    public long runId() {
        return runId;
    }
}
