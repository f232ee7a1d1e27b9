package cn.ecozone.indicator.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The 催报 reminders: one per region, edition, year and day. */
public interface Reminders extends JpaRepository<ReminderEntity, Long> {

    /**
     * Records today's reminder of a region unless one exists: 1 when recorded, 0 when the region was
     * reminded already that day (by anyone; two reviewers at once: the unique key lets one in).
     */
    @Modifying
    @Query(
            value = "insert into indicator_reminder (edition_code, region_code, data_year, reminded_on, reminded_by,"
                    + " reminded_by_name, reminded_at) values (:edition, :region, :year, :day, :by, :byName, :at)"
                    + " on conflict do nothing",
            nativeQuery = true)
    int insertIfAbsent(
            @Param("edition") String edition,
            @Param("region") String region,
            @Param("year") int year,
            @Param("day") LocalDate day,
            @Param("by") long userId,
            @Param("byName") String userName,
            @Param("at") Instant at);

    /** The reminders of the edition and year sent on {@code day} (to any region): one statement. */
    @Query("select r from ReminderEntity r where r.editionCode = :edition and r.year = :year"
            + " and r.remindedOn = :day")
    List<ReminderEntity> sentOn(@Param("edition") String edition, @Param("year") int year, @Param("day") LocalDate day);
}
