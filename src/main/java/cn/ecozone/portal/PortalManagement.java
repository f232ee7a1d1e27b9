package cn.ecozone.portal;

import cn.ecozone.plan.PlanManagement;
import cn.ecozone.portal.internal.ColumnItemEntity;
import cn.ecozone.portal.internal.ColumnItems;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public column of each subject and programme (IM eco-civ art. 8: 创建工作专栏 with the plan,
 * progress, key work and results; IM Two Mountains art. 7). The subject publishes and withdraws its own
 * items; anybody reads the column without a login.
 */
@Service
@Transactional(readOnly = true)
public class PortalManagement {

    private static final int MAX_PAGE_SIZE = 100;

    /** The subjects who publish to their own column (the one policy, {@link SubjectRoles}). */
    private static final Set<Role> SUBJECTS = SubjectRoles.PUBLISHERS;

    private static final Set<String> KINDS = Set.of("PROGRESS", "KEY_WORK", "RESULT");

    private final ColumnItems items;
    private final PlanManagement plans;
    private final RegionManagement regions;
    private final Clock clock;

    PortalManagement(ColumnItems items, PlanManagement plans, RegionManagement regions, Clock clock) {
        this.items = items;
        this.plans = plans;
        this.regions = regions;
        this.clock = clock;
    }

    /**
     * The column of a region and programme, for anybody: its promulgated plans (one per revision, a
     * handful) and a page of its items, newest first (issue 10: every list is paged).
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
                PageResult.of(
                        items.published(region.code(), known.name(), Paging.of(page, size, MAX_PAGE_SIZE)),
                        ColumnItemEntity::view));
    }

    /** Publishes an item to the actor's own column. */
    @Transactional
    public ColumnItem publish(String programme, String kind, String title, String body, Actor actor) {
        if (!SUBJECTS.contains(actor.role())) {
            throw ApiException.forbidden("error.portal.not-subject");
        }
        Programme known = programme(programme);
        if (kind == null || !KINDS.contains(kind)) {
            throw ApiException.invalid("kind", "error.portal.kind");
        }
        text("title", title, 200);
        text("body", body, 4000);
        Region region = regions.require(actor.regionCode());
        return items.saveAndFlush(new ColumnItemEntity(
                        region.code(),
                        region.path(),
                        known.name(),
                        kind,
                        title.strip(),
                        body.strip(),
                        actor.displayName() == null ? actor.username() : actor.displayName(),
                        clock.instant()))
                .view();
    }

    /** Takes an item of the actor's own column down. */
    @Transactional
    public void withdraw(long id, Long version, Actor actor) {
        ColumnItemEntity item = items.findById(id)
                .filter(i -> i.regionCode().equals(actor.regionCode()) && SUBJECTS.contains(actor.role()))
                .orElseThrow(() -> ApiException.notFound("error.portal.not-found", id));
        if (version == null || version != item.version()) {
            throw ApiException.conflict("error.conflict.stale");
        }
        item.withdraw(clock.instant());
        items.saveAndFlush(item);
    }

    private static Programme programme(String name) {
        return Arrays.stream(Programme.values())
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow(() -> ApiException.notFound("error.portal.programme", String.valueOf(name)));
    }

    private static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "validation.required");
        }
        if (value.strip().length() > max) {
            throw ApiException.invalid(field, "error.portal.too-long", max);
        }
    }

    /** A page of the items of the actor's own column for a programme, newest first (ties by id). */
    public PageResult<ColumnItem> mine(String programme, Actor actor, int page, int size) {
        return PageResult.of(
                items.published(actor.regionCode(), programme(programme).name(), Paging.of(page, size, MAX_PAGE_SIZE)),
                ColumnItemEntity::view);
    }
}
