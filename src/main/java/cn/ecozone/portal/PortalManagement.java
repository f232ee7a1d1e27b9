package cn.ecozone.portal;

import cn.ecozone.plan.PlanManagement;
import cn.ecozone.portal.internal.ColumnApprovers;
import cn.ecozone.portal.internal.ColumnItemEntity;
import cn.ecozone.portal.internal.ColumnItems;
import cn.ecozone.portal.internal.ColumnViews;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public column of each subject and programme (IM eco-civ art. 8: 创建工作专栏 with the plan,
 * progress, key work and results; IM Two Mountains art. 7). The subject drafts its items, a second person
 * approves them before they go public ({@link ColumnReview}, 先审后发, issue 14 §7); anybody reads the
 * published ones without a login.
 */
@Service
@Transactional(readOnly = true)
public class PortalManagement {

    static final int MAX_PAGE_SIZE = 100;

    private static final Set<String> KINDS = Set.of("PROGRESS", "KEY_WORK", "RESULT");

    private final ColumnItems items;
    private final ColumnViews views;
    private final PlanManagement plans;
    private final RegionManagement regions;
    private final Clock clock;

    PortalManagement(
            ColumnItems items, ColumnViews views, PlanManagement plans, RegionManagement regions, Clock clock) {
        this.items = items;
        this.views = views;
        this.plans = plans;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The column of a region and programme, for anybody: its promulgated plans (one per revision, a
     * handful) and a page of its published items, newest first (issue 10: every list is paged), in their
     * public shape: no staff names, states or reasons (review s15 #6).
     *
     * @throws ApiException 404 for an unknown region or programme
     */
    public PublicColumn column(String regionCode, String programme, int page, int size) {
        Region region = regions.require(regionCode);
        Programme known = programme(programme);
        return new PublicColumn(
                region.code(),
                region.name(),
                known.name(),
                plans.publicPlans(region.code(), known.name()),
                views.publicPage(
                        items.published(region.code(), known.name(), Paging.of(page, size, MAX_PAGE_SIZE)),
                        region.name()));
    }

    /** Drafts an item for the actor's own column; it goes public only once approved and published. */
    @Transactional
    public ColumnItem draft(String programme, String kind, String title, String body, Actor actor) {
        if (!SubjectRoles.PUBLISHERS.contains(actor.role())) {
            throw ApiException.forbidden("error.portal.not-subject");
        }
        Programme known = programme(programme);
        validate(kind, title, body);
        Region region = regions.require(actor.regionCode());
        return views.view(items.saveAndFlush(new ColumnItemEntity(
                region.code(),
                region.path(),
                known.name(),
                kind,
                title.strip(),
                body.strip(),
                actor.organizationId(),
                actor.userId(),
                name(actor),
                clock.instant())));
    }

    /** Changes the text of a draft or returned item of the actor's organization. */
    @Transactional
    public ColumnItem edit(long id, Long version, String kind, String title, String body, Actor actor) {
        ColumnItemEntity item = ColumnReview.drafted(items, id, version, actor);
        item.requireEditable();
        validate(kind, title, body);
        return views.view(items.saveAndFlush(item.edit(kind, title.strip(), body.strip())));
    }

    /** A page of the submitted items the actor may approve or return, oldest first ({@link ColumnApprovers}). */
    public PageResult<ColumnItem> awaiting(Actor actor, int page, int size) {
        return views.page(items.awaiting(
                ColumnItemState.PENDING,
                actor.regionPath() + "%",
                actor.userId(),
                actor.organizationId(),
                actor.regionCode(),
                ColumnApprovers.colleague(actor),
                ColumnApprovers.superior(actor),
                ColumnApprovers.government(actor),
                Paging.of(page, size, MAX_PAGE_SIZE)));
    }

    static String name(Actor actor) {
        return actor.displayName() == null ? actor.username() : actor.displayName();
    }

    static Programme programme(String name) {
        return Arrays.stream(Programme.values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.portal.programme", String.valueOf(name)));
    }

    private static void validate(String kind, String title, String body) {
        if (kind == null || !KINDS.contains(kind)) {
            throw ApiException.invalid("kind", "error.portal.kind");
        }
        text("title", title, 200);
        text("body", body, 4000);
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "validation.required");
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "error.portal.too-long", max);
        }
    }
}
