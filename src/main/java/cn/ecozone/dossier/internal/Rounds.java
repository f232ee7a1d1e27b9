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

    /** The rounds of these jurisdictions, of a programme when given, the latest first. */
    @Query("select r from RoundEntity r where r.jurisdictionCode in :jurisdictions"
            + " and (:programme is null or r.programme = :programme) order by r.opensOn desc, r.id desc")
    Page<RoundEntity> list(
            @Param("jurisdictions") Collection<String> jurisdictions,
            @Param("programme") Programme programme,
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
