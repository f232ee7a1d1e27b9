package cn.ecozone.region.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConstructionUnits extends JpaRepository<ConstructionUnitEntity, Long> {

    /**
     * The units in the scope under the region filter, only those exactly at {@code exactCode} unless
     * {@code anyRegion}, whose name contains {@code name}, by region code, name and id. All patterns are
     * bound parameters (the actor's scope, the region filter, the name).
     */
    @Query(
            value =
                    "select u from ConstructionUnitEntity u where u.regionPath like :scope and u.regionPath like :filter"
                            + " and (:anyRegion = true or u.regionCode = :exactCode)"
                            + " and u.name like :name escape '\\' order by u.regionCode, u.name, u.id",
            countQuery = "select count(u) from ConstructionUnitEntity u where u.regionPath like :scope"
                    + " and u.regionPath like :filter and (:anyRegion = true or u.regionCode = :exactCode)"
                    + " and u.name like :name escape '\\'")
    Page<ConstructionUnitEntity> findInScope(
            @Param("scope") String scopePattern,
            @Param("filter") String filter,
            @Param("anyRegion") boolean anyRegion,
            @Param("exactCode") String exactCode,
            @Param("name") String name,
            Pageable page);

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
