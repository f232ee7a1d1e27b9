package cn.ecozone.indicator.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** An indicator-system edition. Published editions are frozen; a change means a new edition. */
@Entity
@Table(name = "indicator_edition")
public class EditionEntity {

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
        e.firstYear = d.firstYear();
        e.lastYear = d.lastYear();
        e.scoreMethod = d.score() == null ? "SHARE_MET" : d.score().method();
        e.scoreNoteZh = d.score() == null ? null : d.score().noteZh();
        e.scoreNoteEn = d.score() == null ? null : d.score().noteEn();
        e.status = "PUBLISHED";
        e.shipped = true;
        e.createdAt = now;
        return e;
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
