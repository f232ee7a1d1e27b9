package cn.ecozone.title.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Receipts extends JpaRepository<ReceiptEntity, Long> {

    Optional<ReceiptEntity> findByDossierId(long dossierId);
}
