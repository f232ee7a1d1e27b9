package cn.ecozone.support;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.identity.internal.OrganizationEntity;
import cn.ecozone.identity.internal.Organizations;
import cn.ecozone.identity.internal.UserEntity;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Role;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Creates organizations and ready-to-use accounts (no forced password change) with unique names. */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Test@2026pw";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Organizations organizations;
    private final Users users;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;

    Fixtures(Organizations organizations, Users users, RegionManagement regions, PasswordEncoder passwords) {
        this.organizations = organizations;
        this.users = users;
        this.regions = regions;
        this.passwords = passwords;
    }

    /** A user of the role in a fresh organization at the region; returns the username. */
    @Transactional
    public String user(Role role, String regionCode) {
        return user(role, regionCode, kindFor(role), false);
    }

    /** As {@link #user(Role, String)}, but the user must change the password at first login. */
    @Transactional
    public String newUser(Role role, String regionCode) {
        return user(role, regionCode, kindFor(role), true);
    }

    /** A user of the role in an existing organization (e.g. a division holding a task); returns the username. */
    @Transactional
    public String userIn(Role role, long organizationId) {
        String username = "t" + SEQUENCE.incrementAndGet() + "."
                + role.name().toLowerCase().replace('_', '-');
        if (username.length() > 32) {
            username = username.substring(0, 32);
        }
        users.save(new UserEntity(
                username, "测试用户", passwords.encode(PASSWORD), role, organizationId, false, Instant.now()));
        return username;
    }

    @Transactional
    public long organization(OrganizationKind kind, String regionCode) {
        int n = SEQUENCE.incrementAndGet();
        return organizations
                .save(new OrganizationEntity(
                        "测试机构" + n,
                        kind,
                        regionCode,
                        regions.require(regionCode).path(),
                        null,
                        Instant.now()))
                .id();
    }

    private String user(Role role, String regionCode, OrganizationKind kind, boolean mustChange) {
        long org = organization(kind, regionCode);
        String username = "t" + SEQUENCE.incrementAndGet() + "."
                + role.name().toLowerCase().replace('_', '-');
        if (username.length() > 32) {
            username = username.substring(0, 32);
        }
        users.save(new UserEntity(username, "测试用户", passwords.encode(PASSWORD), role, org, mustChange, Instant.now()));
        return username;
    }

    public static OrganizationKind kindFor(Role role) {
        return switch (role) {
            case SYSTEM_ADMIN, SECURITY_ADMIN, AUDIT_ADMIN -> OrganizationKind.PLATFORM_OPERATIONS;
            case PROVINCE_STAFF -> OrganizationKind.DEPARTMENT;
            case DIVISION_REVIEWER -> OrganizationKind.DIVISION;
            case PREFECTURE_STAFF -> OrganizationKind.BUREAU;
            case PREFECTURE_GOVERNMENT -> OrganizationKind.ADMINISTRATIVE_OFFICE;
            case COUNTY_GOVERNMENT -> OrganizationKind.GOVERNMENT;
            case CONSTRUCTION_SUBJECT -> OrganizationKind.OTHER_SUBJECT;
            case COMMITTEE_OFFICE -> OrganizationKind.COMMITTEE_OFFICE;
            case EXPERT -> OrganizationKind.EXPERT_AFFILIATION;
        };
    }
}
