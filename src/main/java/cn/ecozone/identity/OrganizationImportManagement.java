package cn.ecozone.identity;

import cn.ecozone.document.Upload;
import cn.ecozone.identity.internal.AccountWorkbook;
import cn.ecozone.identity.internal.OrganizationEntity;
import cn.ecozone.identity.internal.Organizations;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.DataScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import of organizations from a workbook (issue 14 §6), with the organization list's export
 * columns: 机构名称, 机构类型 (label or code), 所在地区代码, and optionally 上级机构 with 上级机构所在地区代码 (an
 * existing organization or one on an earlier row). Every row is checked as the single creation checks
 * ({@link OrganizationManagement#create}) and every problem reported at once ({@code 第N行.列}); with any
 * problem nothing is saved.
 */
@Service
public class OrganizationImportManagement {

    private final AccountWorkbook workbook;
    private final Organizations organizations;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationImportManagement(
            AccountWorkbook workbook,
            Organizations organizations,
            RegionManagement regions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.workbook = workbook;
        this.organizations = organizations;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /** A row as checked: its parent an existing organization's id, or an earlier row's key. */
    private record NewOrganization(
            String name, OrganizationKind kind, Region region, Long parentId, String parentRow) {}

    /**
     * Creates the workbook's organizations in row order. Returns how many were created.
     *
     * @throws ApiException 400 with one field error per wrong cell, or {@code file} without rows
     */
    @Transactional
    public int importOrganizations(Upload upload, Actor actor) {
        List<AccountWorkbook.ReadRow> rows =
                workbook.read(upload, AccountWorkbook.ORGANIZATION_IMPORT, AccountWorkbook.ORGANIZATION_OPTIONAL);
        if (rows.isEmpty()) {
            throw ApiException.invalid("file", "identity.import.empty-organizations");
        }
        Set<String> names = new HashSet<>();
        rows.forEach(r -> {
            Optional.ofNullable(r.cells().get("机构名称")).ifPresent(names::add);
            Optional.ofNullable(r.cells().get("上级机构")).ifPresent(names::add);
        });
        // the organizations named, in one statement (no query per row); region data from the cached tree
        Map<String, OrganizationEntity> existing = new HashMap<>();
        organizations.findByNameIn(names).forEach(o -> existing.put(key(o.regionCode(), o.name()), o));
        DataScope scope = DataScope.administration(actor);

        List<ApiException.FieldError> problems = new ArrayList<>();
        List<NewOrganization> ready = new ArrayList<>();
        Set<String> earlier = new HashSet<>();
        for (AccountWorkbook.ReadRow row : rows) {
            Map<String, String> c = row.cells();
            String prefix = "第" + row.row() + "行.";
            int before = problems.size();
            String name = c.get("机构名称");
            if (name == null) {
                problems.add(problem(prefix + "机构名称", "validation.required"));
            } else if (name.length() > 100) {
                problems.add(problem(prefix + "机构名称", "identity.import.too-long", 100));
            }
            Optional<OrganizationKind> kind = Optional.ofNullable(c.get("机构类型")).flatMap(AccountWorkbook::kind);
            if (kind.isEmpty() || kind.get() == OrganizationKind.PLATFORM_OPERATIONS) {
                problems.add(problem(prefix + "机构类型", "identity.import.kind", c.getOrDefault("机构类型", "")));
            }
            String code = c.get("所在地区代码");
            Region region = code == null || regions.names(List.of(code)).isEmpty() ? null : regions.require(code);
            if (region == null || !scope.includes(region.path())) {
                problems.add(problem(prefix + "所在地区代码", "error.region.not-found", code == null ? "" : code));
            } else if (kind.isPresent() && !kind.get().allowedAt(region.level())) {
                problems.add(problem(prefix + "机构类型", "error.organization.kind.level"));
            }
            if (name != null
                    && code != null
                    && (existing.containsKey(key(code, name)) || earlier.contains(key(code, name)))) {
                problems.add(problem(prefix + "机构名称", "error.organization.duplicate", name));
            }
            Long parentId = null;
            String parentRow = null;
            String parentName = c.get("上级机构");
            if (parentName != null) {
                String parentKey = key(c.getOrDefault("上级机构所在地区代码", code == null ? "" : code), parentName);
                OrganizationEntity parent = existing.get(parentKey);
                if (parent != null && scope.includes(parent.regionPath())) {
                    parentId = parent.id();
                } else if (earlier.contains(parentKey)) {
                    parentRow = parentKey;
                } else {
                    problems.add(problem(prefix + "上级机构", "identity.import.parent", parentName));
                }
            } else if (kind.orElse(null) == OrganizationKind.DIVISION) {
                problems.add(problem(prefix + "上级机构", "error.organization.division.parent"));
            }
            if (name != null && code != null) {
                earlier.add(key(code, name));
            }
            if (problems.size() == before) {
                ready.add(new NewOrganization(name, kind.orElseThrow(), region, parentId, parentRow));
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
        Map<String, Long> saved = new HashMap<>();
        for (NewOrganization o : ready) {
            Long parent = o.parentId() != null ? o.parentId() : o.parentRow() == null ? null : saved.get(o.parentRow());
            OrganizationEntity entity = organizations.saveAndFlush(new OrganizationEntity(
                    o.name(), o.kind(), o.region().code(), o.region().path(), parent, clock.instant()));
            saved.put(key(o.region().code(), o.name()), entity.id());
            events.publishEvent(new AccountChanged(
                    "Organization",
                    String.valueOf(entity.id()),
                    "Excel 导入",
                    List.of(
                            new FieldChange("name", null, o.name()),
                            new FieldChange("kind", null, o.kind().name()),
                            new FieldChange("regionCode", null, o.region().code()))));
        }
        return ready.size();
    }

    private static String key(String regionCode, String name) {
        return regionCode + "/" + name;
    }

    private static ApiException.FieldError problem(String field, String key, Object... args) {
        return new ApiException.FieldError(field, key, args);
    }
}
