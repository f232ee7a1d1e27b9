package cn.ecozone.region.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConstructionUnits extends JpaRepository<ConstructionUnitEntity, Long> {

    /** Both patterns are bound parameters: the actor's scope and an optional region filter. */
    @Query("select u from ConstructionUnitEntity u where u.regionPath like :scope and u.regionPath like :filter"
            + " order by u.regionCode, u.name")
    List<ConstructionUnitEntity> findInScope(@Param("scope") String scopePattern, @Param("filter") String filter);

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
