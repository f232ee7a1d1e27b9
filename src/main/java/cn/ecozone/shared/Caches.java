package cn.ecozone.shared;

import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-memory caches (Caffeine behind Spring's cache abstraction) of what is immutable or rarely
 * changed, and how each stays correct with several instances (docs/adr/0017):
 *
 * <ul>
 *   <li>{@link #EDITIONS}: published indicator editions with parsed targets. A published edition is
 *       frozen (only drafts are edited, and drafts are never cached), so an entry never goes stale
 *       on any instance; bounded in size only.
 *   <li>{@link #REGION_TREE}: every region in one snapshot. Evicted on this instance when an edit of
 *       a region's attributes commits; other instances see the edit when their entry expires ({@code
 *       ecozone.caches.region-tree-ttl}).
 *   <li>{@link #CALENDAR}: the working-day calendar of every held year. Evicted on this instance when a
 *       year's notice commits; other instances see it when their entry expires ({@code
 *       ecozone.caches.calendar-ttl}).
 *   <li>{@link #REFERENCE_AVERAGES}: a province's reference averages per edition, level and years.
 *       Evicted on this instance when an entered, imported or published value commits; other
 *       instances compute them again when their entry expires ({@code
 *       ecozone.caches.reference-average-ttl}).
 * </ul>
 *
 * Regulations need no cache: they are read from the jar once, at start-up ({@code RegulationCatalog}).
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
public class Caches {

    /** Published editions by code ({@code EditionCatalog}). */
    public static final String EDITIONS = "indicator-editions";

    /** The region tree, a single entry ({@code RegionTrees}). */
    public static final String REGION_TREE = "region-tree";

    /** The working-day calendar, a single entry ({@code WorkingDayCalendars}). */
    public static final String CALENDAR = "working-day-calendar";

    /** Reference averages by edition, province, level and years ({@code ProvinceAverages}). */
    public static final String REFERENCE_AVERAGES = "reference-averages";

    @Bean
    CacheManager cacheManager(
            @Value("${ecozone.caches.region-tree-ttl:30s}") Duration regionTreeTtl,
            @Value("${ecozone.caches.calendar-ttl:30s}") Duration calendarTtl,
            @Value("${ecozone.caches.reference-average-ttl:10s}") Duration referenceAverageTtl) {
        CaffeineCacheManager manager = new CaffeineCacheManager();
        manager.setAllowNullValues(false);
        manager.setCacheNames(List.of()); // only the caches below; an unknown name is an error
        manager.registerCustomCache(
                EDITIONS, Caffeine.newBuilder().maximumSize(200).build());
        manager.registerCustomCache(
                REGION_TREE,
                Caffeine.newBuilder()
                        .maximumSize(1)
                        .expireAfterWrite(regionTreeTtl)
                        .build());
        manager.registerCustomCache(
                CALENDAR,
                Caffeine.newBuilder()
                        .maximumSize(1)
                        .expireAfterWrite(calendarTtl)
                        .build());
        manager.registerCustomCache(
                REFERENCE_AVERAGES,
                Caffeine.newBuilder()
                        .maximumSize(1_000)
                        .expireAfterWrite(referenceAverageTtl)
                        .build());
        return manager;
    }
}
