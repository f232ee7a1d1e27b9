package cn.ecozone.indicator.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReferenceAverages extends JpaRepository<ReferenceAverageEntity, Long> {

    @Query("select r from ReferenceAverageEntity r where r.editionCode = :edition and r.indicatorCode = :indicator"
            + " and r.regionCode = :region and r.year = :year")
    Optional<ReferenceAverageEntity> find(
            @Param("edition") String edition,
            @Param("indicator") String indicator,
            @Param("region") String region,
            @Param("year") int year);

    /** The averages a province published for an edition in a range of years, in one query. */
    @Query("select r from ReferenceAverageEntity r where r.editionCode = :edition and r.regionCode = :region"
            + " and r.year between :from and :to")
    List<ReferenceAverageEntity> published(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("from") int fromYear,
            @Param("to") int toYear);
}
