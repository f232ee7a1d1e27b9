package cn.ecozone.calendar.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarYears extends JpaRepository<CalendarYearEntity, Integer> {}
