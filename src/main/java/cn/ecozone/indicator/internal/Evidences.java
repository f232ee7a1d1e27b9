package cn.ecozone.indicator.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Evidences extends JpaRepository<EvidenceEntity, Long> {

    /**
     * A page of one value's evidence rows whose file name or uploading organization matches {@code q} (a
     * lower-case LIKE pattern, escaped), of a type ({@code null}: any) and linked or removed ({@code null}:
     * both), in the request's order: one statement and its count, every value bound.
     */
    @Query("select e from EvidenceEntity e where e.valueId = :value"
            + " and (:q = '%' or lower(e.fileName) like :q escape '\\'"
            + " or lower(e.organizationName) like :q escape '\\')"
            + " and (:type is null or e.fileType = :type)"
            + " and (:removed is null or (:removed = true and e.removedAt is not null)"
            + " or (:removed = false and e.removedAt is null))")
    Page<EvidenceEntity> search(
            @Param("value") long valueId,
            @Param("q") String q,
            @Param("type") String type,
            @Param("removed") Boolean removed,
            Pageable page);

    /** How many of one value's evidence files are still linked (not removed): the count its button shows. */
    long countByValueIdAndRemovedAtIsNull(long valueId);
}
