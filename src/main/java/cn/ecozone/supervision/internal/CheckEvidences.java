package cn.ecozone.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CheckEvidences extends JpaRepository<CheckEvidenceEntity, Long> {

    /**
     * A page of a check's evidence whose file name or uploading organization matches {@code q} (a
     * lower-case LIKE pattern, escaped), of a type ({@code null}: any), in the request's order: one statement
     * and its count, every value bound (issue 14 §6).
     */
    @Query("select e from CheckEvidenceEntity e where e.checkId = :check"
            + " and (:q = '%' or lower(e.fileName) like :q escape '\\'"
            + " or lower(e.organizationName) like :q escape '\\')"
            + " and (:type is null or e.fileType = :type)")
    Page<CheckEvidenceEntity> search(
            @Param("check") long checkId, @Param("q") String q, @Param("type") String type, Pageable page);

    /** How many files the check holds: the number its detail shows. */
    long countByCheckId(long checkId);

    Optional<CheckEvidenceEntity> findByCheckIdAndDocumentId(long checkId, long documentId);

    /** The evidence of many checks: one statement. */
    List<CheckEvidenceEntity> findByCheckIdInOrderById(Collection<Long> checkIds);
}
