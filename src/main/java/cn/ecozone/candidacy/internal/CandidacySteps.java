package cn.ecozone.candidacy.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CandidacySteps extends JpaRepository<CandidacyStepEntity, Long> {

    /** A candidacy's timeline, oldest first. */
    @Query("select s from CandidacyStepEntity s where s.candidacyId = :id order by s.takenAt, s.id")
    List<CandidacyStepEntity> of(@Param("id") long candidacyId);
}
