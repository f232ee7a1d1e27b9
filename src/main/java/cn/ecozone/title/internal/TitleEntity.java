package cn.ecozone.title.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.title.TitleState;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A title (称号) a naming gave: one per candidacy. Its validity comes from the pinned regulation's
 * {@code title.validity}; {@link #validUntil} is the naming date plus the years, less one day (a title
 * named on 2026-12-07 for 3 years is valid to 2029-12-06). Expiry is read from the date, so nothing
 * needs to run when it passes.
 */
@Entity
@Table(name = "title")
public class TitleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidacy_id")
    private long candidacyId;

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "naming_id")
    private long namingId;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "subject_name")
    private String subjectName;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "naming_body_zh")
    private String namingBodyZh;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "named_on")
    private LocalDate namedOn;

    @Column(name = "validity_years")
    private int validityYears;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "validity_article")
    private String validityArticle;

    @Column(name = "validity_uncertain")
    private boolean validityUncertain;

    @Column(name = "validity_note")
    private String validityNote;

    /** {@code VALID} or {@code REVOKED}; {@code EXPIRED} is read from the date. */
    @Enumerated(EnumType.STRING)
    private TitleState state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "revoked_on")
    private LocalDate revokedOn;

    @Column(name = "revocation_ref")
    private String revocationRef;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Version
    private long version;

    protected TitleEntity() {}

    /** A valid title. Preconditions: the naming named the subject; {@code validityYears} ≥ 1. */
    public TitleEntity(
            long candidacyId,
            long dossierId,
            long namingId,
            String regionCode,
            String regionPath,
            String subjectName,
            Programme programme,
            String regulationCode,
            int regulationVersion,
            String namingBodyZh,
            String documentNumber,
            LocalDate namedOn,
            int validityYears,
            String validityArticle,
            boolean validityUncertain,
            String validityNote,
            Instant createdAt) {
        this.candidacyId = candidacyId;
        this.dossierId = dossierId;
        this.namingId = namingId;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.subjectName = subjectName;
        this.programme = programme;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.namingBodyZh = namingBodyZh;
        this.documentNumber = documentNumber;
        this.namedOn = namedOn;
        this.validityYears = validityYears;
        this.validUntil = lastValidDay(namedOn, validityYears);
        this.validityArticle = validityArticle;
        this.validityUncertain = validityUncertain;
        this.validityNote = validityNote;
        this.state = TitleState.VALID;
        this.createdAt = createdAt;
    }

    /** The last day a title named on {@code namedOn} for {@code years} is valid. */
    public static LocalDate lastValidDay(LocalDate namedOn, int years) {
        return namedOn.plusYears(years).minusDays(1);
    }

    /**
     * Revokes the title by a decision (Guizhou art. 24; IM: the Ministry's decision the province
     * records). Precondition: a decision reference and a reason.
     *
     * @throws TitleFacts.AlreadyRevoked when it was revoked before
     */
    public TitleEntity revoke(String decisionRef, String reason, LocalDate on) {
        if (state == TitleState.REVOKED) {
            throw new cn.ecozone.title.TitleFacts.AlreadyRevoked();
        }
        this.state = TitleState.REVOKED;
        this.revokedOn = on;
        this.revocationRef = decisionRef;
        this.revocationReason = reason;
        return this;
    }

    public LocalDate revokedOn() {
        return revokedOn;
    }

    public String revocationRef() {
        return revocationRef;
    }

    public String revocationReason() {
        return revocationReason;
    }

    /** The state as of {@code today}: a valid title past its last day is expired. */
    public TitleState stateOn(LocalDate today) {
        return state == TitleState.VALID && today.isAfter(validUntil) ? TitleState.EXPIRED : state;
    }

    public Long id() {
        return id;
    }

    public long candidacyId() {
        return candidacyId;
    }

    public long dossierId() {
        return dossierId;
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

    public Programme programme() {
        return programme;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public String namingBodyZh() {
        return namingBodyZh;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public LocalDate namedOn() {
        return namedOn;
    }

    public int validityYears() {
        return validityYears;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public String validityArticle() {
        return validityArticle;
    }

    public boolean validityUncertain() {
        return validityUncertain;
    }

    public String validityNote() {
        return validityNote;
    }
}
