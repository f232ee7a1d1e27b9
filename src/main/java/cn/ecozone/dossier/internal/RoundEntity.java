package cn.ecozone.dossier.internal;

import cn.ecozone.regulation.ApplicationRules.WindowKind;
import cn.ecozone.regulation.Programme;
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

/** An application round (申报批次): the days between which dossiers of a regulation are created. */
@Entity
@Table(name = "application_round")
public class RoundEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Column(name = "jurisdiction_code")
    private String jurisdictionCode;

    private String title;

    @Column(name = "opens_on")
    private LocalDate opensOn;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "call_document")
    private String callDocument;

    @Enumerated(EnumType.STRING)
    @Column(name = "window_kind")
    private WindowKind windowKind;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected RoundEntity() {}

    /** Preconditions: the façade checked the actor, the regulation and the dates (opens ≤ closes). */
    public RoundEntity(
            Programme programme,
            String regulationCode,
            int regulationVersion,
            String jurisdictionCode,
            String title,
            LocalDate opensOn,
            LocalDate closesOn,
            String callDocument,
            WindowKind windowKind,
            String createdBy,
            Instant createdAt) {
        this.programme = programme;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.jurisdictionCode = jurisdictionCode;
        this.title = title;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.callDocument = callDocument;
        this.windowKind = windowKind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether {@code day} lies in the round, both ends included. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public Long id() {
        return id;
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

    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    public String title() {
        return title;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public String callDocument() {
        return callDocument;
    }

    public WindowKind windowKind() {
        return windowKind;
    }

    public long version() {
        return version;
    }
}
