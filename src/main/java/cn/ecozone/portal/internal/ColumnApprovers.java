package cn.ecozone.portal.internal;

import cn.ecozone.identity.Contact;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.procedure.SubjectRoles;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who approves a column item before it goes public (先审后发, issue 14 §7; ADR 0046): never its drafter, and
 * otherwise
 *
 * <ul>
 *   <li>a colleague: another publisher ({@link SubjectRoles#PUBLISHERS}) of the drafter's organization;
 *   <li>the superior organization: a league's government or bureau, or the department, above the item's
 *       region;
 *   <li>the government of the item's own region over another of its subjects (an enterprise, a village).
 * </ul>
 *
 * The approvers' list ({@link ColumnItems#awaiting}) applies the same three conditions in its query.
 */
@Component
public class ColumnApprovers {

    /** The roles of a superior organization that approve the items of the regions below them. */
    public static final Set<Role> SUPERIORS =
            EnumSet.of(Role.PREFECTURE_GOVERNMENT, Role.PREFECTURE_STAFF, Role.PROVINCE_STAFF);

    private final UserManagement users;
    private final RegionManagement regions;

    ColumnApprovers(UserManagement users, RegionManagement regions) {
        this.users = users;
        this.regions = regions;
    }

    /** Whether the actor approves the item as a colleague of the drafter's organization. */
    public static boolean colleague(Actor actor) {
        return SubjectRoles.PUBLISHERS.contains(actor.role());
    }

    /** Whether the actor approves items of the regions below theirs. */
    public static boolean superior(Actor actor) {
        return SUPERIORS.contains(actor.role());
    }

    /** Whether the actor approves other subjects' items of their own region. */
    public static boolean government(Actor actor) {
        return SubjectRoles.GOVERNMENTS.contains(actor.role());
    }

    /** Whether the actor may approve or return the item (the drafter is refused by the item itself). */
    public static boolean mayApprove(ColumnItemEntity item, Actor actor) {
        boolean sameOrganization = item.organizationId() != null && item.organizationId() == actor.organizationId();
        boolean below = item.regionPath().startsWith(actor.regionPath())
                && !item.regionCode().equals(actor.regionCode());
        boolean ownRegion = item.regionCode().equals(actor.regionCode());
        return (colleague(actor) && sameOrganization)
                || (superior(actor) && below)
                || (government(actor) && ownRegion && !sameOrganization);
    }

    /**
     * Whether the actor may read the files of the item before it is published (review s15 #7): its drafter,
     * whoever may approve it ({@link #mayApprove}: a colleague of the drafter's organization, the region's
     * government over another subject, the superior organization — the department included), and, for
     * items from before 先审后发 that name no organization, the region's publishers. Precondition: the item
     * lies in the actor's data scope.
     */
    public static boolean mayReadUnpublished(ColumnItemEntity item, Actor actor) {
        boolean drafter = item.draftedById() != null && item.draftedById() == actor.userId();
        boolean ownRegionBefore = item.organizationId() == null
                && colleague(actor)
                && item.regionCode().equals(actor.regionCode());
        return drafter || ownRegionBefore || mayApprove(item, actor);
    }

    /**
     * Who is told that the item awaits approval: the drafter's colleagues, the government of the item's
     * region when the drafter is another subject, and the superior organization of the region above (its
     * government and ecology bureau, or the department). A few statements, one per role and region.
     */
    public List<Contact> of(ColumnItemEntity item, Role drafterRole) {
        Map<Long, Contact> out = new LinkedHashMap<>();
        for (Role role : SubjectRoles.PUBLISHERS) {
            users.holders(role, item.regionCode(), item.organizationId(), null).forEach(c -> out.put(c.id(), c));
        }
        Region region = regions.require(item.regionCode());
        if (!SubjectRoles.GOVERNMENTS.contains(drafterRole)) {
            SubjectRoles.government(region.level())
                    .ifPresent(g -> users.holders(g, region.code()).forEach(c -> out.put(c.id(), c)));
        }
        if (region.parentCode() != null) {
            Region parent = regions.require(region.parentCode());
            List<Role> above = switch (parent.level()) {
                case PROVINCE -> List.of(Role.PROVINCE_STAFF);
                case PREFECTURE -> List.of(Role.PREFECTURE_GOVERNMENT, Role.PREFECTURE_STAFF);
                default -> List.of();
            };
            above.forEach(r -> users.holders(r, parent.code()).forEach(c -> out.put(c.id(), c)));
        }
        if (item.draftedById() != null) {
            out.remove(item.draftedById());
        }
        return List.copyOf(out.values());
    }
}
