package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.ComplaintState;
import cn.ecozone.publicity.Finding;
import cn.ecozone.publicity.PublicityFacts;
import cn.ecozone.shared.Role;
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
 * A complaint about one listed dossier (投诉、举报): received from the public, investigated by the body
 * the regulation names, closed by one finding.
 */
@Entity
@Table(name = "publicity_complaint")
public class ComplaintEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "notice_id")
    private long noticeId;

    @Column(name = "dossier_id")
    private long dossierId;

    @Column(name = "complainant_name")
    private String complainantName;

    private String contact;

    @Column(name = "real_name")
    private boolean realName;

    private String text;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "investigator_role")
    private Role investigatorRole;

    @Column(name = "investigator_region")
    private String investigatorRegion;

    @Column(name = "investigator_path")
    private String investigatorPath;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "deadline_days")
    private int deadlineDays;

    @Column(name = "deadline_uncertain")
    private boolean deadlineUncertain;

    @Enumerated(EnumType.STRING)
    private ComplaintState state;

    @Enumerated(EnumType.STRING)
    private Finding finding;

    @Column(name = "finding_text")
    private String findingText;

    @Column(name = "found_by")
    private String foundBy;

    @Column(name = "found_at")
    private Instant foundAt;

    @Column(name = "delegated_by")
    private String delegatedBy;

    @Column(name = "delegated_at")
    private Instant delegatedAt;

    @Version
    private long version;

    protected ComplaintEntity() {}

    /** A received complaint. Preconditions: the façade checked the period, the listing and the limit. */
    public ComplaintEntity(
            String trackingNumber,
            long noticeId,
            long dossierId,
            String complainantName,
            String contact,
            String text,
            Instant receivedAt,
            Role investigatorRole,
            String investigatorRegion,
            String investigatorPath,
            LocalDate dueOn,
            int deadlineDays,
            boolean deadlineUncertain) {
        this.trackingNumber = trackingNumber;
        this.noticeId = noticeId;
        this.dossierId = dossierId;
        this.complainantName = complainantName;
        this.contact = contact;
        this.realName = complainantName != null;
        this.text = text;
        this.receivedAt = receivedAt;
        this.investigatorRole = investigatorRole;
        this.investigatorRegion = investigatorRegion;
        this.investigatorPath = investigatorPath;
        this.dueOn = dueOn;
        this.deadlineDays = deadlineDays;
        this.deadlineUncertain = deadlineUncertain;
        this.state = ComplaintState.RECEIVED;
    }

    /** The investigator takes it up. @throws PublicityFacts.FindingAlreadyRecorded once found */
    public ComplaintEntity investigate() {
        if (state == ComplaintState.FOUND) {
            throw new PublicityFacts.FindingAlreadyRecorded();
        }
        this.state = ComplaintState.INVESTIGATING;
        return this;
    }

    /**
     * Hands the investigation to another body (Guizhou art. 15: the province department "或委托" the
     * municipal ecology bureau), once, before the finding; the complaint starts afresh as received.
     * Precondition: the façade checked that the actor investigates it and the regulation allows it.
     *
     * @throws PublicityFacts.FindingAlreadyRecorded once found
     * @throws PublicityFacts.AlreadyDelegated the second time
     */
    public ComplaintEntity delegate(Role role, String regionCode, String regionPath, String by, Instant now) {
        if (state == ComplaintState.FOUND) {
            throw new PublicityFacts.FindingAlreadyRecorded();
        }
        if (delegatedAt != null) {
            throw new PublicityFacts.AlreadyDelegated();
        }
        this.investigatorRole = role;
        this.investigatorRegion = regionCode;
        this.investigatorPath = regionPath;
        this.delegatedBy = by;
        this.delegatedAt = now;
        this.state = ComplaintState.RECEIVED;
        return this;
    }

    /** Records the finding, once. @throws PublicityFacts.FindingAlreadyRecorded the second time */
    public ComplaintEntity find(Finding finding, String text, String by, Instant now) {
        if (state == ComplaintState.FOUND) {
            throw new PublicityFacts.FindingAlreadyRecorded();
        }
        this.state = ComplaintState.FOUND;
        this.finding = finding;
        this.findingText = text;
        this.foundBy = by;
        this.foundAt = now;
        return this;
    }

    /** Whether the actor is the body that investigates this complaint (its role and region). */
    public boolean investigatedBy(cn.ecozone.shared.Actor actor) {
        return investigatorRole == actor.role() && investigatorRegion.equals(actor.regionCode());
    }

    /**
     * Whether the actor reads the complainant's name, contact, text and attachments: the investigator and
     * the province's staff. Precondition: the complaint lies in the actor's scope. Anyone else in scope
     * (the municipal government whose candidate is complained about) sees only that there is a complaint.
     */
    public boolean readableInFull(cn.ecozone.shared.Actor actor) {
        return investigatedBy(actor) || actor.role() == Role.PROVINCE_STAFF;
    }

    public Long id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public long noticeId() {
        return noticeId;
    }

    public long dossierId() {
        return dossierId;
    }

    public String complainantName() {
        return complainantName;
    }

    public String contact() {
        return contact;
    }

    public boolean realName() {
        return realName;
    }

    public String text() {
        return text;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Role investigatorRole() {
        return investigatorRole;
    }

    public String investigatorRegion() {
        return investigatorRegion;
    }

    public String investigatorPath() {
        return investigatorPath;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public int deadlineDays() {
        return deadlineDays;
    }

    public boolean deadlineUncertain() {
        return deadlineUncertain;
    }

    public ComplaintState state() {
        return state;
    }

    public Finding finding() {
        return finding;
    }

    public String findingText() {
        return findingText;
    }

    public String foundBy() {
        return foundBy;
    }

    public Instant foundAt() {
        return foundAt;
    }

    public Instant delegatedAt() {
        return delegatedAt;
    }

    public long version() {
        return version;
    }
}
