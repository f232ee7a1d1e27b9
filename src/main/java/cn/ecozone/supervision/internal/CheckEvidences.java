package cn.ecozone.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckEvidences extends JpaRepository<CheckEvidenceEntity, Long> {

    List<CheckEvidenceEntity> findByCheckIdOrderById(long checkId);

    Optional<CheckEvidenceEntity> findByCheckIdAndDocumentId(long checkId, long documentId);

    /** The evidence of many checks: one statement. */
    List<CheckEvidenceEntity> findByCheckIdInOrderById(Collection<Long> checkIds);
}
