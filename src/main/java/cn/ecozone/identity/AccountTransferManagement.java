package cn.ecozone.identity;

import cn.ecozone.document.Upload;
import cn.ecozone.identity.internal.AccountWorkbook;
import cn.ecozone.identity.internal.OrganizationEntity;
import cn.ecozone.identity.internal.Organizations;
import cn.ecozone.identity.internal.PasswordPolicy;
import cn.ecozone.identity.internal.RoleRules;
import cn.ecozone.identity.internal.UserEntity;
import cn.ecozone.identity.internal.Users;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.DataScope;
import cn.ecozone.shared.ListWorkbook;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and organizations as Excel workbooks (issue 14 §6): the lists as filtered, exported (at most
 * {@value #EXPORT_LIMIT} rows, never a password), and users imported. An import checks every row and
 * reports every problem at once, one field error per cell ({@code 第N行.列}); with any problem nothing is
 * saved. New accounts take the initial password the system admin gives with the upload (the platform's
 * password rule, checked against each username) and must change it at the first login, as the single
 * creation does ({@link UserManagement#create}).
 */
@Service
@Transactional(readOnly = true)
public class AccountTransferManagement {

    static final int EXPORT_LIMIT = 10_000;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");

    private final UserManagement userManagement;
    private final OrganizationManagement organizationManagement;
    private final AccountWorkbook workbook;
    private final Users users;
    private final Organizations organizations;
    private final RegionManagement regions;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountTransferManagement(
            UserManagement userManagement,
            OrganizationManagement organizationManagement,
            AccountWorkbook workbook,
            Users users,
            Organizations organizations,
            RegionManagement regions,
            PasswordEncoder passwords,
            ApplicationEventPublisher events,
            Clock clock) {
        this.userManagement = userManagement;
        this.organizationManagement = organizationManagement;
        this.workbook = workbook;
        this.users = users;
        this.organizations = organizations;
        this.regions = regions;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /** The users the filter finds, as the list shows them, in a workbook an import reads back. */
    public void exportUsers(UserFilter filter, Actor actor, OutputStream out) throws IOException {
        PageResult<UserAccount> page = userManagement.search(actor, filter, 0, EXPORT_LIMIT, EXPORT_LIMIT);
        ListWorkbook.write(
                "用户",
                AccountWorkbook.USER_HEADERS,
                page.content(),
                u -> Arrays.asList(
                        u.username(),
                        u.displayName(),
                        AccountWorkbook.label(u.role()),
                        u.organization().name(),
                        u.region().id(),
                        u.region().name(),
                        u.enabled() ? (u.locked() ? "已锁定" : "正常") : "已停用",
                        u.mustChangePassword() ? "是" : "否",
                        u.lastLoginAt() == null ? null : ListWorkbook.TIME.format(u.lastLoginAt())),
                about(actor, ListWorkbook.count("用户数", "个", page.content().size(), page.totalElements())),
                out);
    }

    /** The organizations the filter finds, in a workbook. */
    public void exportOrganizations(String regionCode, String query, Actor actor, OutputStream out) throws IOException {
        PageResult<Organization> page =
                organizationManagement.search(actor, regionCode, query, 0, EXPORT_LIMIT, EXPORT_LIMIT);
        ListWorkbook.write(
                "机构",
                AccountWorkbook.ORGANIZATION_HEADERS,
                page.content(),
                o -> Arrays.asList(
                        o.name(),
                        AccountWorkbook.label(o.kind()),
                        o.regionCode(),
                        o.regionName(),
                        o.parentName(),
                        String.valueOf(o.id())),
                about(actor, ListWorkbook.count("机构数", "个", page.content().size(), page.totalElements())),
                out);
    }

    private List<String> about(Actor actor, String count) {
        return List.of(
                "导出时间：" + ListWorkbook.TIME.format(clock.instant()), "导出人：" + actor.username(), count, "工作簿不含任何密码。");
    }

    /** A user row as checked, ready to be saved. */
    private record NewUser(String username, String displayName, Role role, OrganizationEntity org) {}

    /**
     * Creates the workbook's business accounts, each with the initial password, which its user must
     * change at the first login. Returns how many were created.
     *
     * @throws ApiException 400 with one field error per wrong cell ({@code 第N行.列}), or on {@code
     *     initialPassword}, or {@code file} when there is no row; nothing is saved
     */
    @Transactional
    public int importUsers(Upload upload, String initialPassword, Actor actor) {
        if (initialPassword == null || initialPassword.isBlank()) {
            throw ApiException.invalid("initialPassword", "validation.required");
        }
        // the rule once; that it is not a username, per row below
        PasswordPolicy.check("initialPassword", initialPassword, "");
        List<AccountWorkbook.ReadRow> rows = workbook.read(upload, AccountWorkbook.USER_IMPORT);
        if (rows.isEmpty()) {
            throw ApiException.invalid("file", "identity.import.empty");
        }
        // the organizations named and the usernames taken, in one statement each (no query per row)
        Set<String> names = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        rows.forEach(r -> {
            Optional.ofNullable(r.cells().get("所属机构")).ifPresent(names::add);
            Optional.ofNullable(r.cells().get("用户名")).ifPresent(usernames::add);
        });
        List<OrganizationEntity> named = names.isEmpty() ? List.of() : organizations.findByNameIn(names);
        Set<String> taken = usernames.isEmpty() ? Set.of() : new HashSet<>(users.takenUsernames(usernames));
        DataScope scope = DataScope.administration(actor);

        List<ApiException.FieldError> problems = new ArrayList<>();
        List<NewUser> ready = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AccountWorkbook.ReadRow row : rows) {
            Map<String, String> c = row.cells();
            String prefix = "第" + row.row() + "行.";
            int before = problems.size();
            String username = c.get("用户名");
            if (username == null) {
                problems.add(problem(prefix + "用户名", "validation.required"));
            } else if (!USERNAME.matcher(username).matches()) {
                problems.add(problem(prefix + "用户名", "validation.username"));
            } else if (taken.contains(username) || !seen.add(username)) {
                problems.add(problem(prefix + "用户名", "error.user.duplicate", username));
            } else {
                try {
                    PasswordPolicy.check("initialPassword", initialPassword, username);
                } catch (ApiException e) {
                    e.fieldErrors()
                            .forEach(f -> problems.add(new ApiException.FieldError(
                                    prefix + "用户名", "identity.import.password-for-username", new Object[] {username})));
                }
            }
            String displayName = c.get("姓名");
            if (displayName == null) {
                problems.add(problem(prefix + "姓名", "validation.required"));
            } else if (displayName.length() > 50) {
                problems.add(problem(prefix + "姓名", "identity.import.too-long", 50));
            }
            Optional<Role> role = Optional.ofNullable(c.get("角色")).flatMap(AccountWorkbook::role);
            if (role.isEmpty()) {
                problems.add(problem(prefix + "角色", "identity.import.role", c.getOrDefault("角色", "")));
            } else if (role.get().administrator()) {
                problems.add(problem(prefix + "角色", "error.user.administrator"));
            }
            String regionCode = c.get("机构所在地区代码");
            Optional<OrganizationEntity> org = named.stream()
                    .filter(o ->
                            o.name().equals(c.get("所属机构")) && o.regionCode().equals(regionCode))
                    .filter(o -> scope.includes(o.regionPath()))
                    .findFirst();
            if (org.isEmpty()) {
                problems.add(problem(
                        prefix + "所属机构",
                        "identity.import.organization",
                        c.getOrDefault("所属机构", ""),
                        regionCode == null ? "" : regionCode));
            } else if (role.isPresent() && !role.get().administrator()) {
                try {
                    RoleRules.check(
                            role.get(),
                            org.get().kind(),
                            regions.require(org.get().regionCode()).level());
                } catch (ApiException e) {
                    problems.add(problem(prefix + "角色", "error.user.role.organization"));
                }
            }
            if (problems.size() == before) {
                ready.add(new NewUser(username, displayName, role.orElseThrow(), org.orElseThrow()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "validation",
                    "identity.import.invalid",
                    new Object[] {problems.size()},
                    problems);
        }
        // one BCrypt hash for all: the password is the same for every row and each must change it at the
        // first login, while a hash per row costs ~0.1 s of CPU each inside this transaction (review s15 #4)
        String hash = ready.isEmpty() ? null : passwords.encode(initialPassword);
        for (NewUser u : ready) {
            users.save(new UserEntity(
                    u.username(), u.displayName(), hash, u.role(), u.org().id(), true, clock.instant()));
        }
        users.flush();
        for (NewUser u : ready) {
            events.publishEvent(new AccountChanged(
                    "User",
                    u.username(),
                    "Excel 导入",
                    List.of(
                            new FieldChange("role", null, u.role().name()),
                            new FieldChange(
                                    "organizationId",
                                    null,
                                    String.valueOf(u.org().id())))));
        }
        return ready.size();
    }

    private static ApiException.FieldError problem(String field, String key, Object... args) {
        return new ApiException.FieldError(field, key, args);
    }
}
