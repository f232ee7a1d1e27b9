package cn.ecozone.identity.internal;

import cn.ecozone.identity.OrganizationKind;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organizations and one account per role for a few real regions. Exists only in the demo
 * profile (the default run); the accounts skip the forced password change and are printed at start.
 * Runs first of the demo data, which acts as these accounts.
 */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements StartupTask {

    static final String PASSWORD = "Demo@2026";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private record Org(String key, String name, OrganizationKind kind, String region, String parent) {}

    private record Account(String username, String displayName, Role role, String org) {}

    private static final List<Org> ORGS = List.of(
            new Org("ops", "平台运维中心（演示）", OrganizationKind.PLATFORM_OPERATIONS, "150000", null),
            new Org("im-dept", "内蒙古自治区生态环境厅", OrganizationKind.DEPARTMENT, "150000", null),
            new Org("im-div", "内蒙古自治区生态环境厅自然生态保护处", OrganizationKind.DIVISION, "150000", "im-dept"),
            new Org("xl-bureau", "锡林郭勒盟生态环境局", OrganizationKind.BUREAU, "152500", null),
            new Org("xl-office", "锡林郭勒盟行政公署", OrganizationKind.ADMINISTRATIVE_OFFICE, "152500", null),
            new Org("xl-committee", "锡林郭勒盟生态环境保护委员会办公室", OrganizationKind.COMMITTEE_OFFICE, "152500", null),
            new Org("xlht-gov", "锡林浩特市人民政府", OrganizationKind.GOVERNMENT, "152502", null),
            new Org("elht-gov", "二连浩特市人民政府", OrganizationKind.GOVERNMENT, "152501", null),
            new Org("expert-aff", "内蒙古大学生态与环境学院（演示）", OrganizationKind.EXPERT_AFFILIATION, "150000", null),
            new Org("gz-dept", "贵州省生态环境厅", OrganizationKind.DEPARTMENT, "520000", null),
            new Org("zy-bureau", "遵义市生态环境局", OrganizationKind.BUREAU, "520300", null),
            new Org("zy-gov", "遵义市人民政府", OrganizationKind.GOVERNMENT, "520300", null),
            new Org("cs-gov", "赤水市人民政府", OrganizationKind.GOVERNMENT, "520381", null),
            new Org("cs-coop", "赤水市竹产业专业合作社（演示）", OrganizationKind.OTHER_SUBJECT, "520381", null),
            // issue 13: the governments of the titled demo subjects (title.internal.demo.DemoTitles)
            new Org("tps-gov", "太仆寺旗人民政府", OrganizationKind.GOVERNMENT, "152527", null),
            new Org("mt-gov", "湄潭县人民政府", OrganizationKind.GOVERNMENT, "520328", null),
            new Org("yq-gov", "余庆县人民政府", OrganizationKind.GOVERNMENT, "520329", null),
            // s14: the Guizhou pool's demo expert (its typical case is reviewed and published, cases.internal.demo)
            new Org("gz-expert-aff", "贵州大学资源与环境工程学院（演示）", OrganizationKind.EXPERT_AFFILIATION, "520000", null));

    private static final List<Account> ACCOUNTS = List.of(
            new Account("sysadmin", "系统管理员（演示）", Role.SYSTEM_ADMIN, "ops"),
            new Account("secadmin", "安全管理员（演示）", Role.SECURITY_ADMIN, "ops"),
            new Account("auditadmin", "审计管理员（演示）", Role.AUDIT_ADMIN, "ops"),
            new Account("im.staff", "自治区厅工作人员（演示）", Role.PROVINCE_STAFF, "im-dept"),
            new Account("im.reviewer", "处室审核人员（演示）", Role.DIVISION_REVIEWER, "im-div"),
            new Account("xl.bureau", "锡林郭勒盟生态环境局（演示）", Role.PREFECTURE_STAFF, "xl-bureau"),
            new Account("xl.gov", "锡林郭勒盟行政公署（演示）", Role.PREFECTURE_GOVERNMENT, "xl-office"),
            new Account("xl.committee", "锡林郭勒盟委员会办公室（演示）", Role.COMMITTEE_OFFICE, "xl-committee"),
            new Account("xlht.gov", "锡林浩特市人民政府（演示）", Role.COUNTY_GOVERNMENT, "xlht-gov"),
            new Account("elht.gov", "二连浩特市人民政府（演示）", Role.COUNTY_GOVERNMENT, "elht-gov"),
            new Account("expert", "评审专家（演示）", Role.EXPERT, "expert-aff"),
            new Account("xl.expert", "锡林郭勒盟年度评估专家（演示）", Role.EXPERT, "expert-aff"),
            new Account("gz.staff", "贵州省厅工作人员（演示）", Role.PROVINCE_STAFF, "gz-dept"),
            new Account("zy.bureau", "遵义市生态环境局（演示）", Role.PREFECTURE_STAFF, "zy-bureau"),
            new Account("zy.gov", "遵义市人民政府（演示）", Role.PREFECTURE_GOVERNMENT, "zy-gov"),
            new Account("cs.gov", "赤水市人民政府（演示）", Role.COUNTY_GOVERNMENT, "cs-gov"),
            new Account("cs.coop", "赤水市竹产业合作社（演示）", Role.CONSTRUCTION_SUBJECT, "cs-coop"),
            new Account("tps.gov", "太仆寺旗人民政府（演示）", Role.COUNTY_GOVERNMENT, "tps-gov"),
            new Account("mt.gov", "湄潭县人民政府（演示）", Role.COUNTY_GOVERNMENT, "mt-gov"),
            new Account("yq.gov", "余庆县人民政府（演示）", Role.COUNTY_GOVERNMENT, "yq-gov"),
            new Account("gz.expert", "贵州省评审专家（演示）", Role.EXPERT, "gz-expert-aff"));

    private final Organizations organizations;
    private final Users users;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(
            Organizations organizations,
            Users users,
            RegionManagement regions,
            PasswordEncoder passwords,
            Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.regions = regions;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run() {
        Map<String, Long> ids = new HashMap<>();
        String hash = null;
        for (Account a : ACCOUNTS) {
            // a database of an earlier start gets only the accounts added since
            if (users.existsByUsername(a.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwords.encode(PASSWORD);
            }
            users.save(new UserEntity(
                    a.username(), a.displayName(), hash, a.role(), organization(a.org(), ids), false, clock.instant()));
        }
        print();
    }

    /** The demo organization {@code key}, made (with its parent) unless an earlier start made it. */
    private Long organization(String key, Map<String, Long> ids) {
        Long known = ids.get(key);
        if (known != null) {
            return known;
        }
        Org org = ORGS.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
        Long parent = org.parent() == null ? null : organization(org.parent(), ids);
        Long id = organizations.findByKindAndRegionCodeOrderById(org.kind(), org.region()).stream()
                .filter(o -> o.name().equals(org.name()))
                .map(OrganizationEntity::id)
                .findFirst()
                .orElseGet(() -> organizations
                        .save(new OrganizationEntity(
                                org.name(),
                                org.kind(),
                                org.region(),
                                regions.require(org.region()).path(),
                                parent,
                                clock.instant()))
                        .id());
        ids.put(key, id);
        return id;
    }

    private void print() {
        StringBuilder table = new StringBuilder("\n演示账户 demo accounts (password for all: ")
                .append(PASSWORD)
                .append(")\n");
        for (Account a : ACCOUNTS) {
            table.append(String.format("  %-14s %-22s %s%n", a.username(), a.role(), a.displayName()));
        }
        log.info(table.toString());
    }
}
