package cn.ecozone.region.internal;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The region table; reads go through the cached {@link RegionTree}, so only edits and the name search query it. */
public interface Regions extends JpaRepository<RegionEntity, String> {

    @Query("select r from RegionEntity r where r.name like :pattern escape '\\' order by length(r.path), r.code")
    List<RegionEntity> searchByName(@Param("pattern") String pattern, Pageable page);
}
