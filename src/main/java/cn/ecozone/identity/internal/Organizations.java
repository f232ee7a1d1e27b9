package cn.ecozone.identity.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Organizations extends JpaRepository<OrganizationEntity, Long> {

    /**
     * Organizations in the scope whose name contains {@code namePattern}, by region, name and id; all
     * patterns are bound.
     */
    @Query(
            value = "select o from OrganizationEntity o where o.regionPath like :scope and o.regionPath like :filter"
                    + " and o.name like :namePattern escape '\\' order by o.regionCode, o.name, o.id",
            countQuery = "select count(o) from OrganizationEntity o where o.regionPath like :scope"
                    + " and o.regionPath like :filter and o.name like :namePattern escape '\\'")
    Page<OrganizationEntity> search(
            @Param("scope") String scopePattern,
            @Param("filter") String regionFilter,
            @Param("namePattern") String namePattern,
            Pageable page);

    List<OrganizationEntity> findByKindAndRegionCodeOrderById(
            cn.ecozone.identity.OrganizationKind kind, String regionCode);

    boolean existsByRegionCodeAndName(String regionCode, String name);
}
