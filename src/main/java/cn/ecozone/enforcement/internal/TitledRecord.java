package cn.ecozone.enforcement.internal;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a proposal and a rectification both keep (review D4): their id and row version, the title they
 * concern with its subject, and the regulation version they were opened or ordered under (pinned: a
 * later version of the rules does not change a running record). The columns are each table's own.
 */
@MappedSuperclass
public abstract class TitledRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "title_id")
    private long titleId;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "subject_name")
    private String subjectName;

    private String programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Version
    private long version;

    protected TitledRecord() {}

    /** A new record about {@code title} under regulation {@code regulationCode} version {@code regulationVersion}. */
    protected TitledRecord(TitleRef title, String regulationCode, int regulationVersion) {
        this.titleId = title.titleId();
        this.candidacyId = title.candidacyId();
        this.regionCode = title.regionCode();
        this.regionPath = title.regionPath();
        this.subjectName = title.subjectName();
        this.programme = title.programme();
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
    }

    /** The title as enforcement keeps it, to order or open the next record of the chain. */
    TitleRef title() {
        return new TitleRef(titleId, candidacyId, regionCode, regionPath, subjectName, programme);
    }

    public Long id() {
        return id;
    }

    public long titleId() {
        return titleId;
    }

    public long candidacyId() {
        return candidacyId;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public String subjectName() {
        return subjectName;
    }

    public String programme() {
        return programme;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public long version() {
        return version;
    }
}
