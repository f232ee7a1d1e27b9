package cn.ecozone.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A dossier listed on a notice, with what the public page shows of it, copied when it is listed, and the
 * step opening of its run it was listed for ({@code DossierAtStep#opening()}): the notice meets {@code
 * PUBLICITY_ENDED} for that visit only (ADR 0027). {@code opening} is empty on a legacy entry that
 * shared a visit with a newer one (V86).
 */
@Embeddable
public class NoticeEntry {

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "run_id")
    private long runId;

    @Column(name = "step_code")
    private String stepCode;

    private Integer opening;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_name")
    private String regionName;

    @Column(name = "subject_name")
    private String subjectName;

    private int position;

    protected NoticeEntry() {}

    public NoticeEntry(
            long dossierId,
            long candidacyId,
            long runId,
            String stepCode,
            Integer opening,
            String regionCode,
            String regionName,
            String subjectName,
            int position) {
        this.dossierId = dossierId;
        this.candidacyId = candidacyId;
        this.runId = runId;
        this.stepCode = stepCode;
        this.opening = opening;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.subjectName = subjectName;
        this.position = position;
    }

    /** This entry at another position of the list. */
    public NoticeEntry at(int newPosition) {
        return new NoticeEntry(
                dossierId, candidacyId, runId, stepCode, opening, regionCode, regionName, subjectName, newPosition);
    }

    public long dossierId() {
        return dossierId;
    }

    public long candidacyId() {
        return candidacyId;
    }

    public long runId() {
        return runId;
    }

    public String stepCode() {
        return stepCode;
    }

    /** The step opening it was listed for, or {@code null} on a legacy duplicate. */
    public Integer opening() {
        return opening;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionName() {
        return regionName;
    }

    public String subjectName() {
        return subjectName;
    }

    public int position() {
        return position;
    }
}
