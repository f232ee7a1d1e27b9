package cn.ecozone.procedure.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Runs extends JpaRepository<RunEntity, Long> {

    /** The run, its row locked until the transaction ends: every change of a run's tasks holds it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RunEntity r where r.id = :id")
    Optional<RunEntity> lock(@Param("id") long id);

    /** The runs of a subject record, the latest first. */
    List<RunEntity> findBySubjectTypeAndSubjectIdOrderByIdDesc(String subjectType, long subjectId);
}
