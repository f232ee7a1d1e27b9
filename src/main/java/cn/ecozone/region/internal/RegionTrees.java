package cn.ecozone.region.internal;

import cn.ecozone.shared.AfterCommit;
import cn.ecozone.shared.Caches;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region tree, cached ({@link Caches#REGION_TREE}): regions come from the loaded data and only
 * their attributes are edited, rarely. An edit evicts the tree on this instance once it commits
 * ({@link #evictAfterCommit}); other instances load it again when their entry expires (ADR 0017).
 */
@Component
public class RegionTrees {

    private final Regions regions;
    private final CacheManager caches;

    RegionTrees(Regions regions, CacheManager caches) {
        this.regions = regions;
        this.caches = caches;
    }

    /** The tree, from the cache or read in one query. */
    @Cacheable(cacheNames = Caches.REGION_TREE, key = "'all'", sync = true)
    @Transactional(readOnly = true)
    public RegionTree current() {
        return new RegionTree(
                regions.findAll().stream().map(RegionEntity::toRegion).toList());
    }

    /** Drops this instance's tree once the current transaction commits (at once without one). */
    public void evictAfterCommit() {
        Cache cache = caches.getCache(Caches.REGION_TREE);
        AfterCommit.run(cache::clear);
    }
}
