package cn.ecozone.indicator.internal.demo;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.StartupTask;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generates the demo indicator values at start-up, in the demo profile only (docs/demo-data.md): every county of
 * Guizhou against the Two Mountains Index, and Inner Mongolia (the region and its 12 leagues and cities) against the
 * Beautiful Inner Mongolia targets, 2020–2025, from {@link DemoSeries}. Every value is marked synthetic and sourced
 * {@value #SOURCE}. Runs after the editions are loaded; idempotent: a value already held for a region, indicator and
 * year (generated before, or entered by a user) is left as it is. One transaction per region; no submissions are
 * created, so every year stays open.
 */
@Component
@Profile("demo")
@Order(20)
class DemoIndicatorData implements StartupTask {

    /** The source of every generated value. */
    static final String SOURCE = "演示数据（合成）";

    static final String ENTERED_BY = "demo";

    static final String NOTE = "演示用合成数据，由固定种子随机生成，不是统计数据";

    static final String GUIZHOU = "520000";
    static final String INNER_MONGOLIA = "150000";

    private static final Logger log = LoggerFactory.getLogger(DemoIndicatorData.class);

    private final EditionCatalog catalog;
    private final Values values;
    private final RegionManagement regions;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    DemoIndicatorData(
            EditionCatalog catalog,
            Values values,
            RegionManagement regions,
            TransactionTemplate transactions,
            JsonMapper json,
            Clock clock) {
        this.catalog = catalog;
        this.values = values;
        this.regions = regions;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public void run() {
        long started = System.nanoTime();
        EditionModel guizhou = catalog.require(DemoSeries.GUIZHOU);
        EditionModel innerMongolia = catalog.require(DemoSeries.INNER_MONGOLIA);
        List<Region> counties = regions.descendants(GUIZHOU, RegionLevel.COUNTY);
        List<Region> imRegions = new ArrayList<>();
        imRegions.add(regions.require(INNER_MONGOLIA));
        regions.children(INNER_MONGOLIA).stream()
                .filter(r -> r.level() == RegionLevel.PREFECTURE)
                .forEach(imRegions::add);
        Instant now = clock.instant();
        int saved = 0;
        for (Region county : counties) {
            saved += generate(guizhou, county, now);
        }
        for (Region region : imRegions) {
            saved += generate(innerMongolia, region, now);
        }
        log.info(
                "演示指标数据 demo indicator values: {} new ({} Guizhou counties, {} Inner Mongolia regions) in {} ms",
                saved,
                counties.size(),
                imRegions.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Saves the region's generated values that are not held yet; returns how many. */
    private int generate(EditionModel model, Region region, Instant now) {
        String edition = model.edition().code();
        Integer saved = transactions.execute(status -> {
            Set<String> held =
                    values.forRegion(edition, region.code(), DemoSeries.FIRST_YEAR, DemoSeries.LAST_YEAR).stream()
                            .map(v -> v.indicatorCode() + "/" + v.year())
                            .collect(Collectors.toSet());
            List<ValueEntity> fresh = new ArrayList<>();
            for (DemoSeries.Cell cell : DemoSeries.generate(model, region.code(), region.level())) {
                if (held.contains(cell.indicator() + "/" + cell.year())) {
                    continue;
                }
                ValueEntity value =
                        new ValueEntity(edition, cell.indicator(), region.code(), region.path(), cell.year());
                value.enter(
                        cell.number(),
                        cell.flag(),
                        cell.parts() == null ? null : json.writeValueAsString(cell.parts()),
                        SOURCE,
                        NOTE,
                        ENTERED_BY,
                        null,
                        now);
                value.markSynthetic();
                fresh.add(value);
            }
            values.saveAll(fresh);
            return fresh.size();
        });
        return saved == null ? 0 : saved;
    }
}
