package cn.ecozone.publicity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A dossier listed on a notice, with what the public page shows of it, copied when it is listed. */
@Embeddable
public class NoticeEntry {

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "run_id")
    private long runId;

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
            String regionCode,
            String regionName,
            String subjectName,
            int position) {
        this.dossierId = dossierId;
        this.candidacyId = candidacyId;
        this.runId = runId;
        this.regionCode = regionCode;
        this.regionName = regionName;
        this.subjectName = subjectName;
        this.position = position;
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
