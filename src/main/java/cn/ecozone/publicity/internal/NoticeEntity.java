package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.NoticeState;
import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A publicity notice (公示): drafted by the body the step names, published once (irreversible), then
 * only corrected with a reason. Owns its transitions; the façade checks the actor and computes the period.
 */
@Entity
@Table(name = "publicity_notice")
public class NoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private long roundId;

    @Column(name = "step_code")
    private String stepCode;

    @Column(name = "publicity_code")
    private String publicityCode;

    @Column(name = "regulation_code")
    private String regulationCode;

    @Column(name = "regulation_version")
    private int regulationVersion;

    @Enumerated(EnumType.STRING)
    private Programme programme;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    @Column(name = "province_code")
    private String provinceCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuer_role")
    private Role issuerRole;

    @Embedded
    private NoticeText text;

    @Embedded
    private NoticePeriod period;

    @Enumerated(EnumType.STRING)
    private NoticeState state;

    @Column(name = "published_at")
    private Instant publishedAt;

    private String correction;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "publicity_notice_entry", joinColumns = @JoinColumn(name = "notice_id"))
    @OrderBy("position")
    private List<NoticeEntry> entries = new ArrayList<>();

    protected NoticeEntity() {}

    /** A draft. Preconditions: the façade checked the actor, the step and the dossiers. */
    public NoticeEntity(
            long roundId,
            String stepCode,
            String publicityCode,
            String regulationCode,
            int regulationVersion,
            Programme programme,
            String regionCode,
            String regionPath,
            Role issuerRole,
            String createdBy,
            Instant createdAt) {
        this.roundId = roundId;
        this.stepCode = stepCode;
        this.publicityCode = publicityCode;
        this.regulationCode = regulationCode;
        this.regulationVersion = regulationVersion;
        this.programme = programme;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.provinceCode = regionPath.substring(1).split("/")[0];
        this.issuerRole = issuerRole;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.state = NoticeState.DRAFT;
    }

    /** Rewrites the draft. @throws PublicityFacts.NoticeAlreadyPublished once published */
    public NoticeEntity edit(NoticeText text, NoticePeriod period, List<NoticeEntry> listed) {
        if (state != NoticeState.DRAFT) {
            throw new PublicityFacts.NoticeAlreadyPublished();
        }
        this.text = text;
        this.period = period;
        this.entries.clear();
        this.entries.addAll(listed);
        return this;
    }

    /**
     * Publishes the draft, irreversibly. Precondition: the decision to publicise is recorded with its
     * document number (issue 12 §1, IM step 4); a draft may lack it.
     *
     * @throws PublicityFacts.NoticeAlreadyPublished once published
     * @throws cn.ecozone.shared.ApiException 400 naming {@code documentNumber} while it is blank
     */
    public NoticeEntity publish(Instant now) {
        if (state != NoticeState.DRAFT) {
            throw new PublicityFacts.NoticeAlreadyPublished();
        }
        if (text.documentNumber() == null || text.documentNumber().isBlank()) {
            throw cn.ecozone.shared.ApiException.invalid("documentNumber", "publicity.notice.document-number-required");
        }
        this.state = NoticeState.PUBLISHED;
        this.publishedAt = now;
        return this;
    }

    /** Records a correction notice with its reason. @throws PublicityFacts.NoticeNotPublished on a draft */
    public NoticeEntity correct(String text, Instant now) {
        if (state != NoticeState.PUBLISHED) {
            throw new PublicityFacts.NoticeNotPublished();
        }
        this.correction = correction == null ? text : correction + "\n" + text;
        this.correctedAt = now;
        return this;
    }

    /** Whether complaints are taken on {@code today} (Beijing): published, from day 1 to the last day. */
    public boolean open(LocalDate today) {
        return state == NoticeState.PUBLISHED && period.covers(today);
    }

    public Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public String stepCode() {
        return stepCode;
    }

    public String publicityCode() {
        return publicityCode;
    }

    public String regulationCode() {
        return regulationCode;
    }

    public int regulationVersion() {
        return regulationVersion;
    }

    public Programme programme() {
        return programme;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public String provinceCode() {
        return provinceCode;
    }

    public Role issuerRole() {
        return issuerRole;
    }

    public String issuerName() {
        return text.issuerName();
    }

    public String title() {
        return text.title();
    }

    public String documentNumber() {
        return text.documentNumber();
    }

    public LocalDate publishedOn() {
        return period == null ? null : period.publishedOn();
    }

    public LocalDate endsOn() {
        return period == null ? null : period.endsOn();
    }

    public LocalDate minimumEndsOn() {
        return period == null ? null : period.minimumEndsOn();
    }

    public NoticePeriod period() {
        return period;
    }

    public String wherePublished() {
        return text.wherePublished();
    }

    public String howToComplain() {
        return text.howToComplain();
    }

    public NoticeState state() {
        return state;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String correction() {
        return correction;
    }

    public Instant correctedAt() {
        return correctedAt;
    }

    public long version() {
        return version;
    }

    public List<NoticeEntry> entries() {
        return List.copyOf(entries);
    }

    public Optional<NoticeEntry> entry(long dossierId) {
        return entries.stream().filter(e -> e.dossierId() == dossierId).findFirst();
    }
}
