package cn.ecozone.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The decisions on a year (its review history), with the indicators each return names. */
public interface Reviews extends JpaRepository<ReviewEntity, Long> {

    /** The year's decisions with their comments, oldest first: one statement. */
    @Query("select distinct r from ReviewEntity r left join fetch r.comments where r.submissionId = :submission"
            + " order by r.id")
    List<ReviewEntity> ofSubmission(@Param("submission") long submissionId);
}
