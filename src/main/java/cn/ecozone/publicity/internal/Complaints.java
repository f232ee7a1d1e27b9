package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.ComplaintState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Complaints extends JpaRepository<ComplaintEntity, Long> {

    Optional<ComplaintEntity> findByTrackingNumber(String trackingNumber);

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ComplaintEntity c where c.id = :id")
    Optional<ComplaintEntity> lockById(@Param("id") long id);

    @Query("select c from ComplaintEntity c where c.dossierId = :dossier order by c.receivedAt, c.id")
    List<ComplaintEntity> ofDossier(@Param("dossier") long dossierId);

    @Query("select c from ComplaintEntity c where c.dossierId in :dossiers order by c.receivedAt, c.id")
    List<ComplaintEntity> ofDossiers(@Param("dossiers") Collection<Long> dossierIds);

    /**
     * One page of the complaints investigated in scope matching the filter, received in {@code [from, to)},
     * in the page's order (page and count: two statements). {@code q} searches only what the reader may
     * read in full: the province's staff ({@code province}) or the investigator itself.
     */
    @Query("select c from ComplaintEntity c where c.investigatorPath like :scope"
            + " and (:notice is null or c.noticeId = :notice) and (:state is null or c.state = :state)"
            + " and c.receivedAt >= :from and c.receivedAt < :to"
            // only what the reader may read in full is searched: a search is no probe of a hidden text
            + " and (:q = '%' or ((c.trackingNumber like :q escape '\\' or c.text like :q escape '\\')"
            + " and (:province = true or (c.investigatorRole = :role and c.investigatorRegion = :region))))")
    Page<ComplaintEntity> filtered(
            @Param("scope") String scope,
            @Param("notice") Long notice,
            @Param("state") ComplaintState state,
            @Param("q") String q,
            @Param("province") boolean province,
            @Param("role") cn.ecozone.shared.Role role,
            @Param("region") String region,
            @Param("from") java.time.Instant from,
            @Param("to") java.time.Instant to,
            Pageable page);
}
