package cn.ecozone.title.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Namings extends JpaRepository<NamingEntity, Long> {

    Optional<NamingEntity> findByDossierId(long dossierId);
}
