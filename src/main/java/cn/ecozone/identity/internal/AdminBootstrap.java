package cn.ecozone.identity.internal;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside the demo profile, the first start of an empty database creates the three administrators
 * (system, security, audit) with random initial passwords printed once; each must change it at the
 * first login. No other account is created.
 */
@Component
@Profile("!demo")
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Users users;
    private final Organizations organizations;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final String regionCode;
    private final SecureRandom random = new SecureRandom();

    AdminBootstrap(
            Users users,
            Organizations organizations,
            RegionManagement regions,
            PasswordEncoder passwords,
            Clock clock,
            @Value("${ecozone.bootstrap.region-code:150000}") String regionCode) {
        this.users = users;
        this.organizations = organizations;
        this.regions = regions;
        this.passwords = passwords;
        this.clock = clock;
        this.regionCode = regionCode;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String path = regions.require(regionCode).path();
        long org = organizations
                .save(new OrganizationEntity(
                        "平台运维", OrganizationKind.PLATFORM_OPERATIONS, regionCode, path, null, clock.instant()))
                .id();
        StringBuilder out = new StringBuilder("\nInitial administrators (change the password at first login):\n");
        for (var admin : List.of(
                new String[] {"sysadmin", "系统管理员", Role.SYSTEM_ADMIN.name()},
                new String[] {"secadmin", "安全管理员", Role.SECURITY_ADMIN.name()},
                new String[] {"auditadmin", "审计管理员", Role.AUDIT_ADMIN.name()})) {
            String password = randomPassword();
            users.save(new UserEntity(
                    admin[0],
                    admin[1],
                    passwords.encode(password),
                    Role.valueOf(admin[2]),
                    org,
                    true,
                    clock.instant()));
            out.append("  ").append(admin[0]).append("  ").append(password).append('\n');
        }
        log.warn(out.toString());
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder("Ez#");
        for (int i = 0; i < 13; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.append('7').toString();
    }
}
