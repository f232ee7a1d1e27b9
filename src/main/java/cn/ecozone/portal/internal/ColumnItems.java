package cn.ecozone.portal.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ColumnItems extends JpaRepository<ColumnItemEntity, Long> {

    /** A page of the items in force of a region's column for a programme, newest first (ties by id). */
    @Query(
            value = "select i from ColumnItemEntity i where i.regionCode = :region and i.programme = :programme"
                    + " and i.withdrawnAt is null order by i.publishedAt desc, i.id desc",
            countQuery = "select count(i) from ColumnItemEntity i where i.regionCode = :region"
                    + " and i.programme = :programme and i.withdrawnAt is null")
    Page<ColumnItemEntity> published(
            @Param("region") String regionCode, @Param("programme") String programme, Pageable page);
}
