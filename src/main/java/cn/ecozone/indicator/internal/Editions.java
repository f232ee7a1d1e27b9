package cn.ecozone.indicator.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Editions extends JpaRepository<EditionEntity, String> {}
