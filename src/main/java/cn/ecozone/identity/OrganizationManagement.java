package cn.ecozone.identity;

import cn.ecozone.identity.internal.OrganizationEntity;
import cn.ecozone.identity.internal.Organizations;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.AuditedChange.FieldChange;
import cn.ecozone.shared.DataScope;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations, each tied to a region. Reads and writes are limited to the actor's data scope. */
@Service
@Transactional(readOnly = true)
public class OrganizationManagement {

    private static final int MAX_PAGE_SIZE = 100;

    private final Organizations organizations;
    private final RegionManagement regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganizationManagement(
            Organizations organizations, RegionManagement regions, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A page of the organizations in the actor's scope, in the region ({@code regionCode}, with its
     * descendants) and whose name contains {@code query}, by region code, name and id. The page's
     * parents' names are read in one statement (issue 10: no query per row).
     */
    public PageResult<Organization> search(Actor actor, String regionCode, String query, int page, int size) {
        return search(actor, regionCode, query, page, size, MAX_PAGE_SIZE);
    }

    /** As {@link #search(Actor, String, String, int, int)} with pages up to {@code maxSize} (an export's). */
    PageResult<Organization> search(Actor actor, String regionCode, String query, int page, int size, int maxSize) {
        String filter = regionCode == null || regionCode.isBlank()
                ? "/%"
                : regions.require(regionCode).path() + "%";
        String text = query == null ? "" : query.strip();
        String pattern = Like.containing(text);
        Page<OrganizationEntity> found = organizations.search(
                DataScope.administration(actor).pathPattern(), filter, pattern, Paging.of(page, size, maxSize));
        Map<Long, String> parents = parentNames(found.getContent());
        return PageResult.of(found, o -> toOrganization(o, parents.get(o.parentId())));
    }

    /**
     * The organizations of a kind in exactly one region, e.g. the divisions of a province department
     * that examine in parallel. No data-scope check: callers are system processes (the procedure
     * engine opening a step's tasks).
     */
    public List<Organization> ofKind(OrganizationKind kind, String regionCode) {
        List<OrganizationEntity> found = organizations.findByKindAndRegionCodeOrderById(kind, regionCode);
        Map<Long, String> parents = parentNames(found);
        return found.stream()
                .map(o -> toOrganization(o, parents.get(o.parentId())))
                .toList();
    }

    /**
     * The names of the organizations, by id, in one statement (none for no ids); unknown ids are left out.
     * No data-scope check: an organization's name is what it publishes under (the public column's items).
     */
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.findAllById(Set.copyOf(ids)).forEach(o -> names.put(o.id(), o.name()));
        }
        return names;
    }

    /** The organization, if it lies in the actor's scope; otherwise 404. */
    public Organization get(long id, Actor actor) {
        return toOrganization(visible(id, actor));
    }

    @Transactional
    public Organization create(String name, OrganizationKind kind, String regionCode, Long parentId, Actor actor) {
        Region region = checked(kind, regionCode, parentId, actor);
        if (organizations.existsByRegionCodeAndName(regionCode, name)) {
            throw ApiException.conflict("error.organization.duplicate", name);
        }
        OrganizationEntity org = organizations.saveAndFlush(
                new OrganizationEntity(name, kind, region.code(), region.path(), parentId, clock.instant()));
        events.publishEvent(new AccountChanged(
                "Organization",
                String.valueOf(org.id()),
                null,
                List.of(
                        new FieldChange("name", null, name),
                        new FieldChange("kind", null, kind.name()),
                        new FieldChange("regionCode", null, regionCode))));
        return toOrganization(org);
    }

    @Transactional
    public Organization update(
            long id, String name, OrganizationKind kind, String regionCode, Long parentId, long version, Actor actor) {
        OrganizationEntity org = visible(id, actor);
        if (org.version() != version) {
            throw ApiException.conflict("error.conflict.stale");
        }
        if (Objects.equals(parentId, id)) {
            throw ApiException.invalid("parentId", "error.organization.parent.self");
        }
        Region region = checked(kind, regionCode, parentId, actor);
        boolean renamed = !org.name().equals(name) || !org.regionCode().equals(regionCode);
        if (renamed && organizations.existsByRegionCodeAndName(regionCode, name)) {
            throw ApiException.conflict("error.organization.duplicate", name);
        }
        List<FieldChange> changes = new ArrayList<>();
        FieldChange.addIfChanged(changes, "name", org.name(), name);
        FieldChange.addIfChanged(changes, "kind", org.kind().name(), kind.name());
        FieldChange.addIfChanged(changes, "regionCode", org.regionCode(), regionCode);
        FieldChange.addIfChanged(
                changes, "parentId", Objects.toString(org.parentId(), null), Objects.toString(parentId, null));
        org.change(name, kind, region.code(), region.path(), parentId);
        organizations.saveAndFlush(org);
        events.publishEvent(new AccountChanged("Organization", String.valueOf(id), null, changes));
        return toOrganization(org);
    }

    private Region checked(OrganizationKind kind, String regionCode, Long parentId, Actor actor) {
        Region region = regions.require(regionCode);
        if (!DataScope.administration(actor).includes(region.path())) {
            throw ApiException.forbidden("error.scope.outside");
        }
        if (!kind.allowedAt(region.level())) {
            throw ApiException.invalid("kind", "error.organization.kind.level");
        }
        if (parentId != null) {
            visible(parentId, actor);
        } else if (kind == OrganizationKind.DIVISION) {
            throw ApiException.invalid("parentId", "error.organization.division.parent");
        }
        return region;
    }

    OrganizationEntity visible(long id, Actor actor) {
        return organizations
                .findById(id)
                .filter(o -> DataScope.administration(actor).includes(o.regionPath()))
                .orElseThrow(() -> ApiException.notFound("error.organization.not-found", id));
    }

    /** The names of the organizations' parents, by id, in one statement. */
    private Map<Long, String> parentNames(List<OrganizationEntity> list) {
        Set<Long> ids = list.stream()
                .map(OrganizationEntity::parentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            organizations.findAllById(ids).forEach(p -> names.put(p.id(), p.name()));
        }
        return names;
    }

    Organization toOrganization(OrganizationEntity o) {
        String parentName = o.parentId() == null
                ? null
                : organizations
                        .findById(o.parentId())
                        .map(OrganizationEntity::name)
                        .orElse(null);
        return toOrganization(o, parentName);
    }

    private Organization toOrganization(OrganizationEntity o, String parentName) {
        return new Organization(
                o.id(),
                o.name(),
                o.kind(),
                o.regionCode(),
                regions.require(o.regionCode()).name(),
                o.parentId(),
                parentName,
                o.version());
    }
}
