package cn.ecozone.procedure;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one policy of who acts as a region's subject (issue 9: “one policy lists the subject roles”).
 * Every module asks here instead of keeping its own list of roles; the front end's copies in {@code
 * web/src/utils/subjectRoles.ts} are checked against these sets by {@code FrontEndContractTest}.
 *
 * <ul>
 *   <li>{@link #GOVERNMENTS}: the creation subject itself, the government of a county (旗县市区, Xilingol
 *       art. 2) or of a league or city that is a subject itself (IM eco-civ art. 2). It keeps the
 *       plan, the annual work plan and the key projects.
 *   <li>{@link #PUBLISHERS}: who publishes to the region's public column (IM eco-civ art. 8): the
 *       governments and the other construction subjects (enterprises, cooperatives, villages).
 *   <li>{@link #REPORTERS}: who enters and submits a region's own indicator values for confirmation,
 *       by the level of the region ({@link #reportersAt}): at a county its government and construction
 *       subjects; at a league or city its government, ecology bureau and the committee office; at a
 *       province the department's staff (the province's own figures).
 * </ul>
 *
 * A role counts only for the region its user sits at ({@link #isReporter}); identity's {@code RoleRules}
 * keep each role at its levels.
 */
public final class SubjectRoles {

    /** The governments that are a creation's subject. */
    public static final Set<Role> GOVERNMENTS = EnumSet.of(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT);

    /** Who publishes to a region's public column: the governments and the other construction subjects. */
    public static final Set<Role> PUBLISHERS =
            EnumSet.of(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT);

    /** Who reports a region's own indicator values, at any level (the union of {@link #reportersAt}). */
    public static final Set<Role> REPORTERS = EnumSet.of(
            Role.PROVINCE_STAFF,
            Role.PREFECTURE_GOVERNMENT,
            Role.PREFECTURE_STAFF,
            Role.COMMITTEE_OFFICE,
            Role.COUNTY_GOVERNMENT,
            Role.CONSTRUCTION_SUBJECT);

    private SubjectRoles() {}

    /** The government that is the subject of a region at {@code level}; none above a league or below a county. */
    public static Optional<Role> government(RegionLevel level) {
        return switch (level) {
            case COUNTY -> Optional.of(Role.COUNTY_GOVERNMENT);
            case PREFECTURE -> Optional.of(Role.PREFECTURE_GOVERNMENT);
            default -> Optional.empty();
        };
    }

    /** Whether {@code actor} is the subject government of the region {@code regionCode} at {@code level}. */
    public static boolean isGovernment(Actor actor, String regionCode, RegionLevel level) {
        return government(level).filter(r -> r == actor.role()).isPresent() && regionCode.equals(actor.regionCode());
    }

    /**
     * Who reports the values of a region at {@code level}, the first being the one a procedure names
     * first (the government, or the province's staff).
     */
    public static List<Role> reportersAt(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> List.of(Role.PROVINCE_STAFF);
            case PREFECTURE -> List.of(Role.PREFECTURE_GOVERNMENT, Role.PREFECTURE_STAFF, Role.COMMITTEE_OFFICE);
            case COUNTY -> List.of(Role.COUNTY_GOVERNMENT, Role.CONSTRUCTION_SUBJECT);
            case TOWNSHIP -> List.of(Role.CONSTRUCTION_SUBJECT);
        };
    }

    /** Whether {@code actor} reports the values of the region {@code regionCode} at {@code level}: sits there in such a role. */
    public static boolean isReporter(Actor actor, String regionCode, RegionLevel level) {
        return reportersAt(level).contains(actor.role()) && regionCode.equals(actor.regionCode());
    }
}
