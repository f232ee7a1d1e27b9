package cn.ecozone.region.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConstructionUnits extends JpaRepository<ConstructionUnitEntity, Long> {

    /**
     * The units under the scope's and the filter's path patterns (bound), only at {@code exactCode}
     * unless {@code anyRegion}, of {@code kind} if given, whose name matches {@code name} (a LIKE pattern,
     * escaped), in the pageable's order (issue 14 §6): the page and its count.
     */
    @Query("""
            select u from ConstructionUnitEntity u where u.regionPath like :scope and u.regionPath like :filter
              and (:anyRegion = true or u.regionCode = :exactCode)
              and (:kind is null or u.kind = :kind)
              and u.name like :name escape '\\'""")
    Page<ConstructionUnitEntity> filtered(
            @Param("scope") String scopePattern,
            @Param("filter") String filter,
            @Param("anyRegion") boolean anyRegion,
            @Param("exactCode") String exactCode,
            @Param("kind") cn.ecozone.region.ConstructionUnitKind kind,
            @Param("name") String name,
            Pageable page);

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
