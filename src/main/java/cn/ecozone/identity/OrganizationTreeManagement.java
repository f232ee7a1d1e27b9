package cn.ecozone.identity;

import cn.ecozone.identity.internal.OrganizationEntity;
import cn.ecozone.identity.internal.Organizations;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.DataScope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 机构树 beside the user list, loaded one node at a time: regions from the cached region tree,
 * organizations in two statements per node (the node's organizations, and which of them have
 * organizations below), whatever their number. A node lists at most {@value #NODE_LIMIT}
 * organizations; the organization list's search finds the rest.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationTreeManagement {

    static final int NODE_LIMIT = 200;

    private final Organizations organizations;
    private final OrganizationManagement organizationManagement;
    private final RegionManagement regions;

    OrganizationTreeManagement(
            Organizations organizations, OrganizationManagement organizationManagement, RegionManagement regions) {
        this.organizations = organizations;
        this.organizationManagement = organizationManagement;
        this.regions = regions;
    }

    /** The roots: the provinces in the actor's administration scope. */
    public List<OrganizationNode> roots(Actor actor) {
        DataScope scope = DataScope.administration(actor);
        return regions.provinces().stream()
                .filter(p -> scope.includes(p.path()))
                .map(OrganizationTreeManagement::regionNode)
                .toList();
    }

    /**
     * The region's organizations without a parent, then the regions below it. Precondition: the
     * region lies in the actor's administration scope (404 otherwise).
     */
    public List<OrganizationNode> underRegion(String regionCode, Actor actor) {
        Region region = regions.require(regionCode);
        if (!DataScope.administration(actor).includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", regionCode);
        }
        List<OrganizationNode> nodes =
                new ArrayList<>(organizationNodes(organizations.findByRegionCodeAndParentIdIsNullOrderByNameAscIdAsc(
                        regionCode, PageRequest.of(0, NODE_LIMIT))));
        regions.children(regionCode).stream()
                .map(OrganizationTreeManagement::regionNode)
                .forEach(nodes::add);
        return nodes;
    }

    /** The organizations directly below the organization (404 outside the actor's scope). */
    public List<OrganizationNode> underOrganization(long organizationId, Actor actor) {
        organizationManagement.visible(organizationId, actor);
        return organizationNodes(
                organizations.findByParentIdOrderByNameAscIdAsc(organizationId, PageRequest.of(0, NODE_LIMIT)));
    }

    private List<OrganizationNode> organizationNodes(List<OrganizationEntity> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<Long> parents = new HashSet<>(organizations.parentsAmong(
                found.stream().map(OrganizationEntity::id).toList()));
        return found.stream()
                .map(o -> new OrganizationNode(
                        "ORGANIZATION", o.regionCode(), o.id(), o.name(), o.kind(), !parents.contains(o.id())))
                .toList();
    }

    private static OrganizationNode regionNode(Region region) {
        return new OrganizationNode("REGION", region.code(), null, region.name(), null, false);
    }
}
