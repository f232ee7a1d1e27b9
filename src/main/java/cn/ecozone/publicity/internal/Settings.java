package cn.ecozone.publicity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Settings extends JpaRepository<SettingEntity, String> {}
