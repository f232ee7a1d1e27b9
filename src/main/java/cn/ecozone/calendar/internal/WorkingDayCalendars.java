package cn.ecozone.calendar.internal;

import cn.ecozone.calendar.WorkingDayCalendar;
import cn.ecozone.shared.AfterCommit;
import cn.ecozone.shared.Caches;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar of every held year, cached ({@link Caches#CALENDAR}): it changes only when
 * the system administrator enters a year's notice. That evicts it on this instance once it commits
 * ({@link #evictAfterCommit}); other instances read it again when their entry expires (ADR 0017).
 * Every deadline list and deadline computation read it before (two statements per request).
 */
@Component
public class WorkingDayCalendars {

    private final CalendarDays days;
    private final CalendarYears years;
    private final CacheManager caches;

    WorkingDayCalendars(CalendarDays days, CalendarYears years, CacheManager caches) {
        this.days = days;
        this.years = years;
        this.caches = caches;
    }

    /** The calendar, from the cache or read in two queries. */
    @Cacheable(cacheNames = Caches.CALENDAR, key = "'all'", sync = true)
    @Transactional(readOnly = true)
    public WorkingDayCalendar current() {
        Map<LocalDate, WorkingDayCalendar.SpecialDay> special = new HashMap<>();
        days.findAll().forEach(d -> special.put(d.day(), new WorkingDayCalendar.SpecialDay(d.kind(), d.holiday())));
        Set<Integer> held = new HashSet<>();
        years.findAll().forEach(y -> held.add(y.year()));
        return new WorkingDayCalendar(special, held);
    }

    /** Drops this instance's calendar once the current transaction commits (at once without one). */
    public void evictAfterCommit() {
        Cache cache = caches.getCache(Caches.CALENDAR);
        AfterCommit.run(cache::clear);
    }
}
