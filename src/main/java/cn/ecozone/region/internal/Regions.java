package cn.ecozone.region.internal;

import cn.ecozone.region.RegionLevel;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Regions extends JpaRepository<RegionEntity, String> {

    List<RegionEntity> findByLevelOrderByCode(RegionLevel level);

    List<RegionEntity> findByParentCodeOrderByCode(String parentCode);

    @Query("select r from RegionEntity r where r.path like :pathPattern and r.level = :level and r.code <> :self"
            + " order by r.code")
    List<RegionEntity> findDescendants(
            @Param("pathPattern") String pathPattern, @Param("level") RegionLevel level, @Param("self") String self);

    @Query("select r from RegionEntity r where r.name like :pattern escape '\\' order by length(r.path), r.code")
    List<RegionEntity> searchByName(@Param("pattern") String pattern, Pageable page);
}
