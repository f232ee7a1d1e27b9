package cn.ecozone.indicator.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Held values. {@code unit} is a construction unit's id, or {@link ValueOwner#REGION_ITSELF} (0) for
 * the region's own values; the methods without it read the region's own values.
 */
public interface Values extends JpaRepository<ValueEntity, Long> {

    @Query("select v from ValueEntity v where v.editionCode = :edition and v.indicatorCode = :indicator"
            + " and v.regionCode = :region and v.unitId = :unit and v.year = :year")
    Optional<ValueEntity> find(
            @Param("edition") String edition,
            @Param("indicator") String indicator,
            @Param("region") String region,
            @Param("unit") long unit,
            @Param("year") int year);

    /** The region's own value (not a construction unit's). */
    default Optional<ValueEntity> find(String edition, String indicator, String region, int year) {
        return find(edition, indicator, region, ValueOwner.REGION_ITSELF, year);
    }

    /** A region's or unit's values for an edition in a range of years (the year and the one before, say). */
    @Query("select v from ValueEntity v where v.editionCode = :edition and v.regionCode = :region"
            + " and v.unitId = :unit and v.year between :from and :to")
    List<ValueEntity> forOwner(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("unit") long unit,
            @Param("from") int fromYear,
            @Param("to") int toYear);

    /** The region's own values (not its construction units') for an edition in a range of years. */
    default List<ValueEntity> forRegion(String edition, String region, int fromYear, int toYear) {
        return forOwner(edition, region, ValueOwner.REGION_ITSELF, fromYear, toYear);
    }

    /** Whether any value is held for the construction unit. */
    boolean existsByUnitId(long unitId);
}
