package cn.ecozone.procedure.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Entries extends JpaRepository<EntryEntity, Long> {

    /** A run's timeline with its document ids, in one statement. */
    @Query("select distinct e from EntryEntity e left join fetch e.documentIds where e.runId = :runId order by e.id")
    List<EntryEntity> timeline(@Param("runId") long runId);

    /** The timelines of many runs with their document ids, in one statement, each run's in order. */
    @Query("select distinct e from EntryEntity e left join fetch e.documentIds where e.runId in :runIds"
            + " order by e.runId, e.id")
    List<EntryEntity> timelines(@Param("runIds") Collection<Long> runIds);
}
