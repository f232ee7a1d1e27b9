package cn.ecozone.region.internal;

import org.springframework.data.jpa.repository.JpaRepository;

/** The table of the provinces' level vocabularies (V110). */
public interface LevelNameRows extends JpaRepository<LevelNameEntity, LevelNameEntity.Key> {}
