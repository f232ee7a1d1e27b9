package cn.ecozone.supervision.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckSettings extends JpaRepository<CheckSettingEntity, CheckSettingEntity.Key> {

    List<CheckSettingEntity> findByKeyProvinceCode(String provinceCode);
}
