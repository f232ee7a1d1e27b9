package cn.ecozone.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ValueHistories extends JpaRepository<ValueHistoryEntity, Long> {

    List<ValueHistoryEntity> findByValueIdOrderByChangedAtDesc(long valueId);
}
