package cn.ecozone.identity.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SecuritySettingRows extends JpaRepository<SecuritySettingEntity, Integer> {

    /** The single row. */
    default SecuritySettingEntity current() {
        return findById(1).orElseThrow();
    }
}
