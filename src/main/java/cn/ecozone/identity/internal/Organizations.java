package cn.ecozone.identity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organizations extends JpaRepository<OrganizationEntity, Long> {

    /** Organizations in the scope whose name contains {@code namePattern}; all patterns are bound. */
    @Query("select o from OrganizationEntity o where o.regionPath like :scope and o.regionPath like :filter"
            + " and o.name like :namePattern escape '\\' order by o.regionCode, o.name")
    List<OrganizationEntity> search(
            @Param("scope") String scopePattern,
            @Param("filter") String regionFilter,
            @Param("namePattern") String namePattern);

    List<OrganizationEntity> findByKindAndRegionCodeOrderById(
            cn.ecozone.identity.OrganizationKind kind, String regionCode);

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
