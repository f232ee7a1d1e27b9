package cn.ecozone.indicator.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorRows extends JpaRepository<IndicatorEntity, Long> {

    List<IndicatorEntity> findByEditionCodeOrderByPosition(String editionCode);
}
