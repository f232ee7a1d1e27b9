package cn.ecozone.portal;

import cn.ecozone.portal.internal.ColumnApprovers;
import cn.ecozone.portal.internal.ColumnItemEntity;
import cn.ecozone.portal.internal.ColumnItems;
import cn.ecozone.portal.internal.ColumnNotices;
import cn.ecozone.portal.internal.ColumnViews;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 先审后发 (issue 14 §7, ADR 0046): the subject submits a drafted item, a second person of its organization
 * or the superior organization approves it or returns it with a reason, and the subject publishes it once
 * approved. A small state machine on the item (guard, change, step recorded), not a procedure run: the
 * column has no regulation step set. Each step locks the item and checks its version, so of two approvers
 * at once one wins and the other gets 409.
 */
@Service
@Transactional
public class ColumnReview {

    private final ColumnItems items;
    private final ColumnViews views;
    private final ColumnNotices notices;
    private final Clock clock;

    ColumnReview(ColumnItems items, ColumnViews views, ColumnNotices notices, Clock clock) {
        this.items = items;
        this.views = views;
        this.notices = notices;
        this.clock = clock;
    }

    /** Submits the actor's organization's draft or returned item; its approvers are told. */
    public ColumnItem submit(long id, Long version, Actor actor) {
        ColumnItemEntity item = drafted(items, id, version, actor).submit();
        return saved(item, actor, null);
    }

    /** Approves a submitted item; the drafter is told. 403 for the drafter and for anybody else not an approver. */
    public ColumnItem approve(long id, Long version, Actor actor) {
        ColumnItemEntity item =
                approvable(id, version, actor).approve(actor.userId(), PortalManagement.name(actor), clock.instant());
        return saved(item, actor, null);
    }

    /** Returns a submitted item to its drafter with the reason (400 {@code reason} without one). */
    public ColumnItem returnItem(long id, Long version, String reason, Actor actor) {
        ColumnItemEntity item = approvable(id, version, actor).returnWith(reason, actor.userId());
        return saved(item, actor, reason.strip());
    }

    /** Publishes an approved item of the actor's organization: from now on it is public. */
    public ColumnItem publish(long id, Long version, Actor actor) {
        ColumnItemEntity item = own(items, id, version, actor).publish(PortalManagement.name(actor), clock.instant());
        return saved(item, actor, null);
    }

    /** Takes an item of the actor's own column down (or drops a draft). */
    public void withdraw(long id, Long version, Actor actor) {
        items.saveAndFlush(own(items, id, version, actor).withdraw(clock.instant()));
    }

    private ColumnItem saved(ColumnItemEntity item, Actor actor, String reason) {
        var steps = item.drainEvents();
        ColumnItemEntity stored = items.saveAndFlush(item);
        notices.after(stored, steps, actor.role(), reason);
        return views.view(stored);
    }

    private ColumnItemEntity approvable(long id, Long version, Actor actor) {
        ColumnItemEntity item = items.locked(id)
                .filter(i -> i.regionPath().startsWith(actor.regionPath()))
                .orElseThrow(() -> new PortalFacts.ColumnItemNotFound(id));
        fresh(item, version);
        boolean drafter = item.draftedById() != null && item.draftedById() == actor.userId();
        if (!drafter && !ColumnApprovers.mayApprove(item, actor)) {
            throw new PortalFacts.NotColumnItemApprover();
        }
        return item;
    }

    /**
     * The item of the actor's organization (items from before 先审后发 name no organization: the region's
     * subjects), locked, at {@code version}. 404 otherwise, 409 for a stale version.
     */
    static ColumnItemEntity own(ColumnItems items, long id, Long version, Actor actor) {
        ColumnItemEntity item = items.locked(id)
                .filter(i -> SubjectRoles.PUBLISHERS.contains(actor.role())
                        && i.regionCode().equals(actor.regionCode())
                        && (i.organizationId() == null || i.organizationId() == actor.organizationId()))
                .orElseThrow(() -> new PortalFacts.ColumnItemNotFound(id));
        fresh(item, version);
        return item;
    }

    /**
     * As {@link #own}, and the actor drafted the item (items from before 先审后发 name no drafter): only the
     * drafter edits, changes files or submits, so the approver sees all of it. 403 otherwise.
     */
    static ColumnItemEntity drafted(ColumnItems items, long id, Long version, Actor actor) {
        ColumnItemEntity item = own(items, id, version, actor);
        if (item.draftedById() != null && item.draftedById() != actor.userId()) {
            throw new PortalFacts.NotColumnItemDrafter();
        }
        return item;
    }

    private static void fresh(ColumnItemEntity item, Long version) {
        if (version == null || version != item.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
    }
}
