package cn.ecozone.publicity.internal;

import cn.ecozone.publicity.NoticeState;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PublicityNotices extends JpaRepository<NoticeEntity, Long> {

    @Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select n from NoticeEntity n where n.id = :id")
    Optional<NoticeEntity> lockById(@Param("id") long id);

    @Query("select n from NoticeEntity n where n.regionPath like :scope and (:round is null or n.roundId = :round)"
            + " order by n.createdAt desc, n.id desc")
    Page<NoticeEntity> inScope(@Param("scope") String scope, @Param("round") Long round, Pageable page);

    /**
     * One page of the notices in scope matching the filter, published in {@code [from, to)}, in the page's
     * order (the page and its count: two statements).
     */
    @Query("select n from NoticeEntity n where n.regionPath like :scope and (:round is null or n.roundId = :round)"
            + " and (:state is null or n.state = :state) and (:programme is null or n.programme = :programme)"
            + " and n.period.publishedOn >= :from and n.period.publishedOn < :to"
            + " and (n.text.title like :q escape '\\' or n.text.issuerName like :q escape '\\')")
    Page<NoticeEntity> filtered(
            @Param("scope") String scope,
            @Param("round") Long round,
            @Param("state") NoticeState state,
            @Param("programme") cn.ecozone.regulation.Programme programme,
            @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to,
            @Param("q") String q,
            Pageable page);

    @Query("select n from NoticeEntity n where n.state = :state and (:current is null"
            + " or (:current = true and n.period.endsOn >= :today) or (:current = false and n.period.endsOn < :today))"
            + " and (n.text.title like :q escape '\\' or n.text.issuerName like :q escape '\\')"
            + " order by n.period.publishedOn desc, n.id desc")
    Page<NoticeEntity> published(
            @Param("state") NoticeState state,
            @Param("current") Boolean current,
            @Param("today") java.time.LocalDate today,
            @Param("q") String q,
            Pageable page);
}
