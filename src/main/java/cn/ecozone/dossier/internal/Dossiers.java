package cn.ecozone.dossier.internal;

import cn.ecozone.dossier.DossierState;
import cn.ecozone.regulation.Programme;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Dossiers extends JpaRepository<DossierEntity, Long> {

    /** The dossier, its row locked until the transaction ends (uploads linked one after another). */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from DossierEntity d where d.id = :id")
    Optional<DossierEntity> lockById(@Param("id") long id);

    /**
     * One page of the dossiers in scope matching the filter, of rounds opening in {@code [from, to)}, in
     * the page's order (page and count: two statements).
     */
    @Query("select d from DossierEntity d where d.regionPath like :scope and d.regionPath like :region"
            + " and (:state is null or d.state = :state) and (:programme is null or d.programme = :programme)"
            + " and d.subjectName like :q escape '\\'"
            + " and d.roundId in (select r.id from RoundEntity r where r.opensOn >= :from and r.opensOn < :to)")
    Page<DossierEntity> search(
            @Param("scope") String scope,
            @Param("region") String region,
            @Param("state") DossierState state,
            @Param("programme") Programme programme,
            @Param("q") String q,
            @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to,
            Pageable page);

    /** The ids among {@code ids} whose subject's name matches {@code q} (escape {@code \\}): one statement. */
    @Query("select d.id from DossierEntity d where d.id in :ids and d.subjectName like :q escape '\\'")
    List<Long> named(@Param("ids") Collection<Long> ids, @Param("q") String q);

    /** Every dossier of the candidacies, the latest of each first. */
    @Query(
            "select d from DossierEntity d where d.candidacyId in :ids order by d.candidacyId, d.createdAt desc, d.id desc")
    List<DossierEntity> ofCandidacies(@Param("ids") Collection<Long> ids);

    /** The submitted dossiers of a round in a data scope (a path pattern), by subject name: one statement. */
    @Query("select d from DossierEntity d where d.roundId = :round and d.runId is not null"
            + " and d.regionPath like :scope order by d.subjectName, d.id")
    List<DossierEntity> submittedInRound(@Param("round") long roundId, @Param("scope") String scopePattern);

    /** The submitted dossiers of these rounds in a data scope (a path pattern), by subject name: one statement. */
    @Query("select d from DossierEntity d where d.roundId in :rounds and d.runId is not null"
            + " and d.regionPath like :scope order by d.subjectName, d.id")
    List<DossierEntity> submittedInRounds(
            @Param("rounds") Collection<Long> roundIds, @Param("scope") String scopePattern);

    /**
     * The ids and runs of a round's submitted dossiers in a data scope and region (path patterns) whose
     * subject's name matches {@code q} (a LIKE pattern, escape {@code \\}), by region code and id: one
     * statement reading two columns, for a caller that pages before it loads the rows.
     */
    @Query("select d.id, d.runId from DossierEntity d where d.roundId = :round and d.runId is not null"
            + " and d.regionPath like :scope and d.regionPath like :region and d.subjectName like :q escape '\\'"
            + " order by d.regionCode, d.id")
    List<Object[]> keysInRound(
            @Param("round") long roundId,
            @Param("scope") String scopePattern,
            @Param("region") String regionPattern,
            @Param("q") String q);
}
