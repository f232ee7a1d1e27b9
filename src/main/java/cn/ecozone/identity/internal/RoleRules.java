package cn.ecozone.identity.internal;

import static cn.ecozone.identity.OrganizationKind.ADMINISTRATIVE_OFFICE;
import static cn.ecozone.identity.OrganizationKind.BUREAU;
import static cn.ecozone.identity.OrganizationKind.COMMITTEE_OFFICE;
import static cn.ecozone.identity.OrganizationKind.DEPARTMENT;
import static cn.ecozone.identity.OrganizationKind.DIVISION;
import static cn.ecozone.identity.OrganizationKind.EXPERT_AFFILIATION;
import static cn.ecozone.identity.OrganizationKind.GOVERNMENT;
import static cn.ecozone.identity.OrganizationKind.OTHER_SUBJECT;
import static cn.ecozone.identity.OrganizationKind.PLATFORM_OPERATIONS;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Which organizations, at which region levels, a user of each role may belong to. */
public final class RoleRules {

    private record Rule(Set<OrganizationKind> kinds, Set<RegionLevel> levels) {}

    private static final Set<RegionLevel> ANY_LEVEL = EnumSet.allOf(RegionLevel.class);

    private static final Map<Role, Rule> RULES = Map.ofEntries(
            Map.entry(Role.SYSTEM_ADMIN, new Rule(EnumSet.of(PLATFORM_OPERATIONS, DEPARTMENT), ANY_LEVEL)),
            Map.entry(Role.SECURITY_ADMIN, new Rule(EnumSet.of(PLATFORM_OPERATIONS, DEPARTMENT), ANY_LEVEL)),
            Map.entry(Role.AUDIT_ADMIN, new Rule(EnumSet.of(PLATFORM_OPERATIONS, DEPARTMENT), ANY_LEVEL)),
            Map.entry(
                    Role.PROVINCE_STAFF, new Rule(EnumSet.of(DEPARTMENT, DIVISION), EnumSet.of(RegionLevel.PROVINCE))),
            Map.entry(Role.DIVISION_REVIEWER, new Rule(EnumSet.of(DIVISION), EnumSet.of(RegionLevel.PROVINCE))),
            Map.entry(Role.PREFECTURE_STAFF, new Rule(EnumSet.of(BUREAU), EnumSet.of(RegionLevel.PREFECTURE))),
            Map.entry(
                    Role.PREFECTURE_GOVERNMENT,
                    new Rule(EnumSet.of(GOVERNMENT, ADMINISTRATIVE_OFFICE), EnumSet.of(RegionLevel.PREFECTURE))),
            Map.entry(Role.COUNTY_GOVERNMENT, new Rule(EnumSet.of(GOVERNMENT), EnumSet.of(RegionLevel.COUNTY))),
            Map.entry(
                    Role.CONSTRUCTION_SUBJECT,
                    new Rule(
                            EnumSet.of(GOVERNMENT, OTHER_SUBJECT),
                            EnumSet.of(RegionLevel.COUNTY, RegionLevel.TOWNSHIP))),
            Map.entry(
                    Role.COMMITTEE_OFFICE, new Rule(EnumSet.of(COMMITTEE_OFFICE), EnumSet.of(RegionLevel.PREFECTURE))),
            Map.entry(Role.EXPERT, new Rule(EnumSet.of(EXPERT_AFFILIATION), ANY_LEVEL)));

    private RoleRules() {}

    /** Throws a 400 on {@code organizationId} when the organization does not suit the role. */
    public static void check(Role role, OrganizationKind kind, RegionLevel level) {
        Rule rule = RULES.get(role);
        if (!rule.kinds().contains(kind) || !rule.levels().contains(level)) {
            throw ApiException.invalid("organizationId", "error.user.role.organization");
        }
    }
}
