package cn.ecozone.portal.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ColumnItems extends JpaRepository<ColumnItemEntity, Long> {

    List<ColumnItemEntity> findByRegionCodeAndProgrammeAndWithdrawnAtIsNullOrderByPublishedAtDesc(
            String regionCode, String programme);
}
