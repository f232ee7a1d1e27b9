package cn.ecozone.title.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Namings extends JpaRepository<NamingEntity, Long> {

    /**
     * The namings recorded for the runs at the steps, the latest first: one statement for any number of
     * runs (the requirement NAMING_RECORDED, ADR 0027).
     */
    @Query("select n from NamingEntity n where n.runId in :runs and n.stepCode in :steps order by n.id desc")
    List<NamingEntity> ofRuns(@Param("runs") Collection<Long> runIds, @Param("steps") Collection<String> stepCodes);
}
