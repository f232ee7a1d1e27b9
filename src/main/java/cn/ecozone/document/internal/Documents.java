package cn.ecozone.document.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Documents extends JpaRepository<DocumentEntity, Long> {

    /** Whether a row names the stored file with this hash. */
    boolean existsBySha256(String sha256);
}
