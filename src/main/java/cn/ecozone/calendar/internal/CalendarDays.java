package cn.ecozone.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CalendarDays extends JpaRepository<CalendarDayEntity, LocalDate> {

    List<CalendarDayEntity> findByNoticeYearOrderByDay(int noticeYear);

    @Modifying
    @Query("delete from CalendarDayEntity d where d.noticeYear = :year")
    void deleteByNoticeYear(@Param("year") int year);
}
