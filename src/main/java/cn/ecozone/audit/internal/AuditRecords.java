package cn.ecozone.audit.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditRecords extends JpaRepository<AuditRecordEntity, Long> {

    /**
     * The filters of every read: bound, lower-cased LIKE patterns ({@code %} matches all; the text's own
     * {@code %}, {@code _} and {@code \} escaped, {@code shared.Like}) and a time range. Records of
     * anonymous requests have no username and match the pattern "%" (no username filter). The free
     * text {@code q} matches the user, the organization, the recorded request, its concrete path, the
     * target or the reason.
     */
    String MATCHING = " where lower(coalesce(r.username, '')) like :user escape '\\'"
            + " and lower(r.action) like :action escape '\\' and r.occurredAt >= :from and r.occurredAt < :to"
            + " and (:q = '%'"
            + " or lower(coalesce(r.username, '')) like :q escape '\\'"
            + " or lower(coalesce(r.organization, '')) like :q escape '\\'"
            + " or lower(r.action) like :q escape '\\'"
            + " or lower(coalesce(r.requestPath, '')) like :q escape '\\'"
            + " or lower(coalesce(r.target, '')) like :q escape '\\'"
            + " or lower(coalesce(r.reason, '')) like :q escape '\\')";

    /** A page of the records matching the filters (the order is the request's). */
    @Query("select r from AuditRecordEntity r" + MATCHING)
    Page<AuditRecordEntity> search(
            @Param("user") String user,
            @Param("action") String action,
            @Param("q") String q,
            @Param("from") Instant from,
            @Param("to") Instant to,
            Pageable page);

    /**
     * The export's next page: the records matching the filters whose sequence is below {@code before},
     * newest first (keyset paging, so records appended meanwhile neither shift nor repeat rows).
     */
    @Query("select r from AuditRecordEntity r" + MATCHING + " and r.sequence < :before order by r.sequence desc")
    List<AuditRecordEntity> before(
            @Param("user") String user,
            @Param("action") String action,
            @Param("q") String q,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("before") long before,
            Pageable limit);

    /** How many records match the filters up to and including sequence {@code upTo}. */
    @Query("select count(r) from AuditRecordEntity r" + MATCHING + " and r.sequence <= :upTo")
    long countUpTo(
            @Param("user") String user,
            @Param("action") String action,
            @Param("q") String q,
            @Param("from") Instant from,
            @Param("to") Instant to,
            @Param("upTo") long upTo);

    /** Records after {@code after} up to {@code upTo}, in sequence order. */
    @Query("select r from AuditRecordEntity r where r.sequence > :after and r.sequence <= :upTo order by r.sequence")
    List<AuditRecordEntity> chain(@Param("after") long after, @Param("upTo") long upTo, Pageable page);
}
