package cn.ecozone.portal.internal;

import cn.ecozone.portal.ColumnItem;
import cn.ecozone.portal.ColumnItemState;
import cn.ecozone.portal.PortalFacts;
import cn.ecozone.portal.PublicColumnItem;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An item of a subject's public column on its way to the public (先审后发, issue 14 §7; IM eco-civ art. 8):
 * drafted, submitted, approved by a second person (or returned with a reason), published, withdrawn. Each
 * step guards the state, changes it and records what happened for the notifications ({@link #drainEvents}).
 * Withdrawing hides the item but keeps the record.
 */
@Entity
@Table(name = "column_item")
public class ColumnItemEntity {

    /** What happened to an item, for whoever must act next. */
    public enum Step {
        SUBMITTED,
        APPROVED,
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "region_path")
    private String regionPath;

    private String programme;
    private String kind;
    private String title;
    private String body;

    @Enumerated(EnumType.STRING)
    private ColumnItemState state;

    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "drafted_by_id")
    private Long draftedById;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "approved_by_id")
    private Long approvedById;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    @Transient
    private final List<Step> events = new ArrayList<>();

    protected ColumnItemEntity() {}

    /** A new draft of the drafter's organization. */
    public ColumnItemEntity(
            String regionCode,
            String regionPath,
            String programme,
            String kind,
            String title,
            String body,
            long organizationId,
            long draftedById,
            String draftedBy,
            Instant at) {
        this.regionCode = regionCode;
        this.regionPath = regionPath;
        this.programme = programme;
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.state = ColumnItemState.DRAFT;
        this.organizationId = organizationId;
        this.draftedById = draftedById;
        this.draftedBy = draftedBy;
        this.draftedAt = at;
    }

    /** Changes the text of a draft or a returned item. */
    public ColumnItemEntity edit(String kind, String title, String body) {
        requireEditable();
        this.kind = kind;
        this.title = title;
        this.body = body;
        return this;
    }

    /** Fails unless the text and files may still change (a draft or a returned item). */
    public void requireEditable() {
        if (!state.editable()) {
            throw new PortalFacts.ColumnItemFixed(state);
        }
    }

    /** Submits a draft or a returned item for approval. */
    public ColumnItemEntity submit() {
        requireEditable();
        state = ColumnItemState.PENDING;
        events.add(Step.SUBMITTED);
        return this;
    }

    /**
     * Approves a submitted item. Precondition: the caller checked that the approver is of the drafter's
     * organization or of the superior one; the drafter themself is refused here.
     */
    public ColumnItemEntity approve(long approverId, String approver, Instant at) {
        require(ColumnItemState.PENDING);
        if (draftedById != null && draftedById == approverId) {
            throw new PortalFacts.OwnColumnItemNotApprovable();
        }
        state = ColumnItemState.APPROVED;
        approvedById = approverId;
        approvedBy = approver;
        approvedAt = at;
        returnReason = null;
        events.add(Step.APPROVED);
        return this;
    }

    /** Returns a submitted item to its drafter with the reason; the same approver rules as {@link #approve}. */
    public ColumnItemEntity returnWith(String reason, long approverId) {
        require(ColumnItemState.PENDING);
        if (draftedById != null && draftedById == approverId) {
            throw new PortalFacts.OwnColumnItemNotApprovable();
        }
        if (reason == null || reason.isBlank()) {
            throw new PortalFacts.ReturnReasonMissing();
        }
        state = ColumnItemState.RETURNED;
        returnReason = reason.strip();
        events.add(Step.RETURNED);
        return this;
    }

    /** Makes an approved item public. */
    public ColumnItemEntity publish(String by, Instant at) {
        require(ColumnItemState.APPROVED);
        state = ColumnItemState.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
        return this;
    }

    /** Hides a published item from the public column; a draft is withdrawn too (it never was public). */
    public ColumnItemEntity withdraw(Instant at) {
        if (state != ColumnItemState.WITHDRAWN) {
            state = ColumnItemState.WITHDRAWN;
            withdrawnAt = at;
        }
        return this;
    }

    private void require(ColumnItemState expected) {
        if (state != expected) {
            throw new PortalFacts.ColumnItemNotInState(state);
        }
    }

    /** What happened since the last call; the caller notifies after saving. */
    public List<Step> drainEvents() {
        List<Step> out = List.copyOf(events);
        events.clear();
        return out;
    }

    public Long id() {
        return id;
    }

    public String regionCode() {
        return regionCode;
    }

    public String regionPath() {
        return regionPath;
    }

    public Long organizationId() {
        return organizationId;
    }

    public Long draftedById() {
        return draftedById;
    }

    public ColumnItemState state() {
        return state;
    }

    public String title() {
        return title;
    }

    public long version() {
        return version;
    }

    /**
     * The item as the public reads it, published by {@code publisher} (review s15 #6). Precondition: the
     * item is published.
     */
    public PublicColumnItem publicView(String publisher, List<ColumnItem.ColumnFile> files) {
        return new PublicColumnItem(id, kind, title, body, publisher, publishedAt, files);
    }

    public ColumnItem view(List<ColumnItem.ColumnFile> files) {
        return new ColumnItem(
                id,
                regionCode,
                programme,
                kind,
                title,
                body,
                state,
                draftedBy,
                draftedAt,
                approvedBy,
                approvedAt,
                returnReason,
                publishedBy,
                publishedAt,
                files,
                version);
    }
}
