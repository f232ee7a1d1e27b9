package cn.ecozone.indicator.internal;

import cn.ecozone.region.ConstructionUnit;
import cn.ecozone.region.ConstructionUnitManagement;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import org.springframework.stereotype.Component;

/** Finds the region, or the construction unit of a region, whose values a request is about. */
@Component
public class ValueOwners {

    private final RegionManagement regions;
    private final ConstructionUnitManagement units;

    ValueOwners(RegionManagement regions, ConstructionUnitManagement units) {
        this.regions = regions;
        this.units = units;
    }

    /**
     * The region itself ({@code unitId} null) or its construction unit {@code unitId}. Data scope
     * goes by the region's path (a unit's by its region's): outside the actor's scope, or a unit that
     * does not exist or belongs to another region, gives 404 so that nothing leaks.
     */
    public ValueOwner visible(String regionCode, Long unitId, Actor actor) {
        Region region = regions.require(regionCode);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", regionCode);
        }
        if (unitId == null) {
            return ValueOwner.region(region);
        }
        ConstructionUnit unit = units.get(unitId, actor);
        if (!unit.regionCode().equals(region.code())) {
            throw ApiException.notFound("error.unit.not-found", unitId);
        }
        return new ValueOwner(region, unit.id(), unit.name());
    }
}
