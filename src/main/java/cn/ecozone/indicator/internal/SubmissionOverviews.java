package cn.ecozone.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The regions' own years of one edition and year under a region, for the league's overview. */
public interface SubmissionOverviews extends JpaRepository<SubmissionEntity, Long> {

    /** The regions' own years (not units') under the scope (a bound LIKE pattern): one statement. */
    @Query("select s from SubmissionEntity s where s.editionCode = :edition and s.year = :year and s.unitId = 0"
            + " and s.regionPath like :scope")
    List<SubmissionEntity> ofYear(
            @Param("edition") String edition, @Param("year") int year, @Param("scope") String scopePattern);
}
