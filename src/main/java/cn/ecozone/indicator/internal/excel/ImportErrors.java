package cn.ecozone.indicator.internal.excel;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportErrors extends JpaRepository<ImportErrorEntity, ImportErrorEntity.Key> {

    List<ImportErrorEntity> findByJobIdOrderByPosition(String jobId);
}
