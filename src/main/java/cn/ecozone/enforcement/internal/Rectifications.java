package cn.ecozone.enforcement.internal;

import cn.ecozone.enforcement.RectificationState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The rectifications. Every list binds the reader's region prefix. */
public interface Rectifications extends JpaRepository<RectificationEntity, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RectificationEntity r where r.id = :id")
    Optional<RectificationEntity> lockById(@Param("id") long id);

    Optional<RectificationEntity> findByRunId(long runId);

    boolean existsByCheckId(long checkId);

    /** A title's rectifications, oldest first: its enforcement history. */
    List<RectificationEntity> findByTitleIdOrderByIdAsc(long titleId);

    /** One page in the scope {@code prefix}; newest first. Two statements. */
    @Query(value = """
            select r from RectificationEntity r
            where left(r.regionPath, :length) = :prefix and (:state is null or r.state = :state)
            order by r.createdAt desc, r.id desc""", countQuery = """
            select count(r) from RectificationEntity r
            where left(r.regionPath, :length) = :prefix and (:state is null or r.state = :state)""")
    Page<RectificationEntity> search(
            @Param("prefix") String prefix,
            @Param("length") int length,
            @Param("state") RectificationState state,
            Pageable pageable);

    /** A candidacy's rectifications (orders and warning periods), the earliest first: one statement. */
    @Query("select distinct r from RectificationEntity r left join fetch r.documents"
            + " where r.candidacyId = :candidacyId order by r.id")
    List<RectificationEntity> findByCandidacyIdOrderByIdAsc(@Param("candidacyId") long candidacyId);
}
