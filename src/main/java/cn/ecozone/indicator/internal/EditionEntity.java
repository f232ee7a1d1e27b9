package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.EditionHeader;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** An indicator-system edition. Published editions are frozen; a change means a new edition. */
@Entity
@Table(name = "indicator_edition")
public class EditionEntity {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    @Id
    private String code;

    @Column(name = "edition_version")
    private int editionVersion;

    @Column(name = "title_zh")
    private String titleZh;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "issuer_zh")
    private String issuerZh;

    @Column(name = "document_zh")
    private String documentZh;

    private LocalDate issued;

    @Column(name = "issued_uncertain")
    private boolean issuedUncertain;

    private String source;
    private boolean complete;
    private String levels;

    /** Where it applies: a province's code for a provincial edition, null for a national one. */
    @Column(name = "province_code")
    private String provinceCode;

    @Column(name = "first_year")
    private int firstYear;

    @Column(name = "last_year")
    private int lastYear;

    @Column(name = "score_method")
    private String scoreMethod;

    @Column(name = "score_note_zh")
    private String scoreNoteZh;

    @Column(name = "score_note_en")
    private String scoreNoteEn;

    private String status;
    private boolean shipped;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Drafts: the province whose department edits it; null for shipped editions. */
    @Column(name = "owner_region_code")
    private String ownerRegionCode;

    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Counts the changes of a draft; each change makes the row dirty, so the version moves even at the same instant. */
    private int revision;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Version
    private long version;

    protected EditionEntity() {}

    /** A shipped edition, published as loaded from the repository's data file. */
    public static EditionEntity shipped(cn.ecozone.indicator.edition.EditionDefinition d, String levels, Instant now) {
        EditionEntity e = new EditionEntity();
        e.code = d.code();
        e.editionVersion = d.version();
        e.titleZh = d.titleZh();
        e.titleEn = d.titleEn();
        e.issuerZh = d.issuerZh();
        e.documentZh = d.documentZh();
        e.issued = d.issued();
        e.issuedUncertain = d.issuedUncertain();
        e.source = d.source();
        e.complete = d.complete();
        e.levels = levels;
        e.provinceCode = d.province();
        e.firstYear = d.firstYear();
        e.lastYear = d.lastYear();
        e.scoreMethod = d.score() == null ? "SHARE_MET" : d.score().method();
        e.scoreNoteZh = d.score() == null ? null : d.score().noteZh();
        e.scoreNoteEn = d.score() == null ? null : d.score().noteEn();
        e.status = PUBLISHED;
        e.shipped = true;
        e.createdAt = now;
        return e;
    }

    /** A new draft owned by a province department. Precondition: the header is valid. */
    public static EditionEntity draft(EditionHeader header, String ownerRegionCode, Instant now) {
        EditionEntity e = new EditionEntity();
        e.code = header.code();
        e.status = DRAFT;
        e.shipped = false;
        e.ownerRegionCode = ownerRegionCode;
        e.createdAt = now;
        e.revise(header, now);
        return e;
    }

    /** Replaces the header of a draft (the code stays). */
    public void revise(EditionHeader h, Instant now) {
        requireDraft();
        editionVersion = h.version();
        titleZh = strip(h.titleZh());
        titleEn = strip(h.titleEn());
        issuerZh = strip(h.issuerZh());
        documentZh = strip(h.documentZh());
        issued = h.issued();
        issuedUncertain = h.issuedUncertain();
        source = strip(h.source());
        complete = h.complete();
        levels = h.levels().stream().map(Enum::name).collect(Collectors.joining(","));
        provinceCode = strip(h.province());
        firstYear = h.firstYear();
        lastYear = h.lastYear();
        scoreMethod = h.scoreMethod();
        scoreNoteZh = strip(h.scoreNoteZh());
        scoreNoteEn = strip(h.scoreNoteEn());
        updatedAt = now;
        revision++;
    }

    /** Marks a change of the draft's indicators, so that the edition's version moves and a stale editor gets a 409. */
    public void touch(Instant now) {
        requireDraft();
        updatedAt = now;
        revision++;
    }

    /** Freezes the draft: from now on it is used for values and evaluations and never changes. */
    public void publish(String username, Instant now) {
        requireDraft();
        status = PUBLISHED;
        publishedAt = now;
        publishedBy = username;
        updatedAt = now;
    }

    /** @throws cn.ecozone.shared.ApiException 409 when the edition is published */
    public void requireDraft() {
        if (!isDraft()) {
            throw cn.ecozone.shared.ApiException.conflict("error.indicator.edition.published", code);
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The province code of a provincial edition, or null for a national one. */
    public String provinceCode() {
        return provinceCode;
    }

    public boolean isDraft() {
        return DRAFT.equals(status);
    }

    public String ownerRegionCode() {
        return ownerRegionCode;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public int editionVersion() {
        return editionVersion;
    }

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String issuerZh() {
        return issuerZh;
    }

    public String documentZh() {
        return documentZh;
    }

    public LocalDate issued() {
        return issued;
    }

    public boolean issuedUncertain() {
        return issuedUncertain;
    }

    public String source() {
        return source;
    }

    public boolean complete() {
        return complete;
    }

    public String levels() {
        return levels;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    public String scoreMethod() {
        return scoreMethod;
    }

    public String scoreNoteZh() {
        return scoreNoteZh;
    }

    public String scoreNoteEn() {
        return scoreNoteEn;
    }

    public String status() {
        return status;
    }

    public boolean shipped() {
        return shipped;
    }
}
