package cn.ecozone.dossier.internal;

import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface Rounds extends JpaRepository<RoundEntity, Long> {

    /** {@link #search}'s {@code open}: any round. */
    int ANY = 0;

    /** {@link #search}'s {@code open}: the rounds open on {@code today}. */
    int OPEN = 1;

    /** {@link #search}'s {@code open}: the rounds not open on {@code today}. */
    int NOT_OPEN = 2;

    /**
     * One page of the rounds of these jurisdictions matching the filter (title or call document like
     * {@code q}, escape {@code \\}), opening in {@code [from, to)}, in the page's order (page and count:
     * two statements).
     */
    @Query("select r from RoundEntity r where r.jurisdictionCode in :jurisdictions"
            + " and (:programme is null or r.programme = :programme)"
            + " and (r.title like :q escape '\\' or r.callDocument like :q escape '\\')"
            + " and r.opensOn >= :from and r.opensOn < :to"
            + " and (:open = 0 or (:open = 1 and r.opensOn <= :today and r.closesOn >= :today)"
            + " or (:open = 2 and (r.opensOn > :today or r.closesOn < :today)))")
    Page<RoundEntity> search(
            @Param("jurisdictions") Collection<String> jurisdictions,
            @Param("programme") Programme programme,
            @Param("q") String q,
            @Param("from") LocalDate from,
            @Param("to") LocalDate to,
            @Param("open") int open,
            @Param("today") LocalDate today,
            Pageable page);

    /** The rounds of a regulation in a jurisdiction open on {@code day}, the latest first. */
    @Query("select r from RoundEntity r where r.regulationCode = :code and r.jurisdictionCode = :jurisdiction"
            + " and r.opensOn <= :day and r.closesOn >= :day order by r.opensOn desc, r.id desc")
    List<RoundEntity> openOn(
            @Param("code") String regulationCode,
            @Param("jurisdiction") String jurisdiction,
            @Param("day") LocalDate day);

    Optional<RoundEntity> findByRegulationCodeAndJurisdictionCodeAndOpensOnAndTitle(
            String regulationCode, String jurisdictionCode, LocalDate opensOn, String title);
}
