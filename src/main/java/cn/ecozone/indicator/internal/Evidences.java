package cn.ecozone.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Evidences extends JpaRepository<EvidenceEntity, Long> {

    List<EvidenceEntity> findByValueIdOrderById(long valueId);
}
