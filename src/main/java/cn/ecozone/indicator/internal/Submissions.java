package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.SubmissionState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Submissions of a region's or a construction unit's year ({@code unit} 0 for the region itself). */
public interface Submissions extends JpaRepository<SubmissionEntity, Long> {

    @Query("select s from SubmissionEntity s where s.editionCode = :edition and s.regionCode = :region"
            + " and s.unitId = :unit and s.year = :year")
    Optional<SubmissionEntity> find(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("unit") long unit,
            @Param("year") int year);

    /** The submission of the region's own year (not a construction unit's). */
    default Optional<SubmissionEntity> find(String edition, String region, int year) {
        return find(edition, region, ValueOwner.REGION_ITSELF, year);
    }

    /** Submissions (regions' and units') in the scope (a bound LIKE pattern) in the given state, oldest first. */
    @Query("select s from SubmissionEntity s where s.regionPath like :scope and s.state = :state"
            + " order by s.submittedAt")
    List<SubmissionEntity> inScope(@Param("scope") String scopePattern, @Param("state") SubmissionState state);
}
