package cn.ecozone.reward.internal;

import cn.ecozone.regulation.Programme;
import cn.ecozone.reward.RewardInput;
import cn.ecozone.shared.AuditedChange.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A reward of a title. Its title, region and programme are fixed when it is recorded; {@link #correct}
 * and {@link #attach} change the rest and answer what changed (old → new), which the caller keeps as
 * history. Never deleted. Input is checked by {@code RewardChecks} before it gets here.
 */
@Entity
@Table(name = "reward")
public class RewardEntity {

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

    @Enumerated(EnumType.STRING)
    private Programme programme;

    private BigDecimal amount;

    @Column(name = "awarded_on")
    private LocalDate awardedOn;

    @Column(name = "document_number")
    private String documentNumber;

    @Column(name = "issuing_body")
    private String issuingBody;

    @Column(name = "document_id")
    private Long documentId;

    private String note;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected RewardEntity() {}

    /** A reward of title {@code titleId} as the checked input gives it. */
    public RewardEntity(
            long titleId,
            long candidacyId,
            String regionCode,
            String regionPath,
            String subjectName,
            Programme programme,
            RewardInput in,
            String createdBy,
            Instant now) {
        this.titleId = titleId;
        this.candidacyId = candidacyId;
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.subjectName = subjectName;
        this.programme = programme;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
        take(in);
    }

    /** The fields of a new reward as changes from nothing, for the audit record. */
    public List<FieldChange> asRecorded() {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "amount", null, plain(amount));
        FieldChange.addIfChanged(changes, "awardedOn", null, text(awardedOn));
        FieldChange.addIfChanged(changes, "documentNumber", null, documentNumber);
        FieldChange.addIfChanged(changes, "issuingBody", null, issuingBody);
        FieldChange.addIfChanged(changes, "note", null, note);
        return changes;
    }

    /** Takes the corrected fields of {@code in}; returns the fields that changed, old → new. */
    public List<FieldChange> correct(RewardInput in, Instant now) {
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "amount", plain(amount), plain(in.amount()));
        FieldChange.addIfChanged(changes, "awardedOn", text(awardedOn), text(in.awardedOn()));
        FieldChange.addIfChanged(changes, "documentNumber", documentNumber, in.documentNumber());
        FieldChange.addIfChanged(changes, "issuingBody", issuingBody, in.issuingBody());
        FieldChange.addIfChanged(changes, "note", note, in.note());
        if (!changes.isEmpty()) {
            take(in);
            updatedAt = now;
        }
        return changes;
    }

    /** Attaches the reward's document (replacing an earlier one); returns the change. */
    public FieldChange attach(long document, Instant now) {
        FieldChange change = new FieldChange("document", text(documentId), Long.toString(document));
        documentId = document;
        updatedAt = now;
        return change;
    }

    private void take(RewardInput in) {
        amount = in.amount();
        awardedOn = in.awardedOn();
        documentNumber = in.documentNumber();
        issuingBody = in.issuingBody();
        note = in.note();
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString();
    }

    private static String text(Object o) {
        return o == null ? null : Objects.toString(o);
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

    public Programme programme() {
        return programme;
    }

    public BigDecimal amount() {
        return amount;
    }

    public LocalDate awardedOn() {
        return awardedOn;
    }

    public String documentNumber() {
        return documentNumber;
    }

    public String issuingBody() {
        return issuingBody;
    }

    public Long documentId() {
        return documentId;
    }

    public String note() {
        return note;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
