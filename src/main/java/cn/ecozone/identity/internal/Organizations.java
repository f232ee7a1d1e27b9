package cn.ecozone.identity.internal;

import cn.ecozone.identity.OrganizationKind;
import java.util.Collection;
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

    List<OrganizationEntity> findByKindAndRegionCodeOrderById(OrganizationKind kind, String regionCode);

    boolean existsByRegionCodeAndName(String regionCode, String name);

    /** The organizations at exactly the region that have no parent, by name (a region node of the 机构树). */
    List<OrganizationEntity> findByRegionCodeAndParentIdIsNullOrderByNameAscIdAsc(String regionCode, Pageable page);

    /** The organizations directly below the organization, by name (an organization node of the 机构树). */
    List<OrganizationEntity> findByParentIdOrderByNameAscIdAsc(long parentId, Pageable page);

    /** Of the given organizations, those that have organizations below them, in one statement. */
    @Query("select distinct o.parentId from OrganizationEntity o where o.parentId in :ids")
    List<Long> parentsAmong(@Param("ids") Collection<Long> ids);

    /** The organizations with one of the names (an import's lookup, in one statement). */
    List<OrganizationEntity> findByNameIn(Collection<String> names);

    /**
     * The organization and every organization below it at any depth, in one statement (a recursive
     * query; {@code union} keeps it finite even if the parent links ever formed a cycle).
     */
    @Query(
            nativeQuery = true,
            value = "with recursive below(id) as (select id from organization where id = :id"
                    + " union select o.id from organization o join below b on o.parent_id = b.id)"
                    + " select id from below")
    List<Long> withDescendants(@Param("id") long id);
}
