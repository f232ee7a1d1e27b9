package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.SubmissionState;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Submissions of a region's or a construction unit's year ({@code unit} 0 for the region itself). */
public interface Submissions extends JpaRepository<SubmissionEntity, Long> {

    @Query("select s from SubmissionEntity s where s.editionCode = :edition and s.regionCode = :region"
            + " and s.unitId = :unit and s.year = :year")
    Optional<SubmissionEntity> find(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("unit") long unit,
            @Param("year") int year);

    /** The submission of the region's own year (not a construction unit's). */
    default Optional<SubmissionEntity> find(String edition, String region, int year) {
        return find(edition, region, ValueOwner.REGION_ITSELF, year);
    }

    /**
     * Creates the open submission row of a year unless it exists; a concurrent creator is no error
     * ({@code on conflict do nothing}, on PostgreSQL and H2 alike). With {@link #lock} it lets a value
     * change and a submission of the same year serialize on one row.
     */
    @Modifying
    @org.springframework.transaction.annotation.Transactional
    @Query(
            value = "insert into indicator_submission (edition_code, region_code, region_path, unit_id, data_year,"
                    + " state, version) values (:edition, :region, :path, :unit, :year, 'OPEN', 0)"
                    + " on conflict do nothing",
            nativeQuery = true)
    int insertIfAbsent(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("path") String regionPath,
            @Param("unit") long unit,
            @Param("year") int year);

    /** The submission row of a year, locked until the transaction ends ({@code select … for update}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SubmissionEntity s where s.editionCode = :edition and s.regionCode = :region"
            + " and s.unitId = :unit and s.year = :year")
    Optional<SubmissionEntity> lock(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("unit") long unit,
            @Param("year") int year);

    /**
     * The submission row of a year, created open if absent, locked until the transaction ends. A
     * value change and a transition of the same year both take it before they look at the state, so
     * the database orders them (issue 8 §3). Precondition: a write transaction in which the row was
     * not read before.
     */
    default SubmissionEntity lockYear(String edition, String region, String regionPath, long unit, int year) {
        insertIfAbsent(edition, region, regionPath, unit, year);
        return lock(edition, region, unit, year)
                .orElseThrow(() -> new IllegalStateException("submission row missing after insert"));
    }

    /**
     * Submissions (regions' and units') in the scope (a bound LIKE pattern) in the given state, oldest
     * first (ties by id, so that pages are stable).
     */
    @Query("select s from SubmissionEntity s where s.regionPath like :scope and s.state = :state"
            + " order by s.submittedAt, s.id")
    List<SubmissionEntity> inScope(@Param("scope") String scopePattern, @Param("state") SubmissionState state);

    /** The ids of the years without a confirmation run (rows from before V41), for the start-up backfill. */
    @Query("select s.id from SubmissionEntity s where s.runId is null order by s.id")
    List<Long> withoutRun();

    /** The submission row {@code id}, locked until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from SubmissionEntity s where s.id = :id")
    Optional<SubmissionEntity> lockById(@Param("id") long id);

    /**
     * The years from {@code fromYear} to {@code toYear} whose submission of the region's own values is
     * in {@code state} (e.g. confirmed), ascending: one statement.
     */
    @Query("select s.year from SubmissionEntity s where s.editionCode = :edition and s.regionCode = :region"
            + " and s.unitId = 0 and s.state = :state and s.year between :from and :to order by s.year")
    List<Integer> yearsIn(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("state") SubmissionState state,
            @Param("from") int fromYear,
            @Param("to") int toYear);
}
