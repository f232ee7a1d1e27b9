package cn.ecozone.indicator.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Values extends JpaRepository<ValueEntity, Long> {

    @Query("select v from ValueEntity v where v.editionCode = :edition and v.indicatorCode = :indicator"
            + " and v.regionCode = :region and v.unitId = 0 and v.year = :year")
    Optional<ValueEntity> find(
            @Param("edition") String edition,
            @Param("indicator") String indicator,
            @Param("region") String region,
            @Param("year") int year);

    /** A region's values for an edition in a range of years (the year and the one before, say). */
    @Query("select v from ValueEntity v where v.editionCode = :edition and v.regionCode = :region"
            + " and v.unitId = 0 and v.year between :from and :to")
    List<ValueEntity> forRegion(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("from") int fromYear,
            @Param("to") int toYear);

    /** The values of one indicator and year under a region path (bound pattern), for reference averages. */
    @Query("select v from ValueEntity v where v.editionCode = :edition and v.indicatorCode = :indicator"
            + " and v.year = :year and v.regionPath like :under and v.unitId = 0")
    List<ValueEntity> under(
            @Param("edition") String edition,
            @Param("indicator") String indicator,
            @Param("year") int year,
            @Param("under") String pathPattern);
}
