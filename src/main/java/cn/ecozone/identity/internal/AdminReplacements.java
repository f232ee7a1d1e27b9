package cn.ecozone.identity.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdminReplacements extends JpaRepository<AdminReplacementEntity, Long> {

    /** A page of the proposals (the order is the request's). */
    Page<AdminReplacementEntity> findAllBy(Pageable page);

    /** A page of the proposals in one state (the order is the request's). */
    Page<AdminReplacementEntity> findByState(AdminReplacementEntity.State state, Pageable page);

    /** Locks the proposal, so that two decisions at the same moment are taken one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from AdminReplacementEntity r where r.id = :id")
    Optional<AdminReplacementEntity> findForDecision(@Param("id") long id);
}
