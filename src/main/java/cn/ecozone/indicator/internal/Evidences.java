package cn.ecozone.indicator.internal;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Evidences extends JpaRepository<EvidenceEntity, Long> {

    /** A page of one value's evidence rows (the order is the request's). */
    Page<EvidenceEntity> findByValueId(long valueId, Pageable page);

    /** How many of one value's evidence files are still linked (not removed): the count its button shows. */
    long countByValueIdAndRemovedAtIsNull(long valueId);
}
