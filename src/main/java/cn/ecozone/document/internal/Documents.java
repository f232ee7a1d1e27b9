package cn.ecozone.document.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Documents extends JpaRepository<DocumentEntity, Long> {}
