package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.SubmissionChanged;
import cn.ecozone.indicator.ValueEntered;
import cn.ecozone.indicator.internal.excel.ValuesImported;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.shared.AfterCommit;
import cn.ecozone.shared.Caches;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The reference averages ("超过当年度全省平均水平") of a province for the regions at one level, cached
 * ({@link Caches#REFERENCE_AVERAGES}): every scorecard and ranking of the province's regions at that
 * level compares with the same averages, and computing them reads every such region's value of the
 * indicators (two statements, 40 % of a scorecard's own time; issue 10, docs/performance.md "Reads,
 * third pass"). Two bases ({@link Basis}): every value held, for the internal scorecards, and confirmed
 * values only, for the public page. An entered, imported or published value, or a change of a year's
 * submission state, evicts them on this instance once its transaction commits; other instances compute them again when their entry expires ({@code
 * ecozone.caches.reference-average-ttl}, ADR 0017).
 */
@Component
class ProvinceAverages {

    private final EditionCatalog catalog;
    private final ReferenceValueReader numbers;
    private final ReferenceAverages published;
    private final CacheManager caches;

    ProvinceAverages(
            EditionCatalog catalog, ReferenceValueReader numbers, ReferenceAverages published, CacheManager caches) {
        this.catalog = catalog;
        this.numbers = numbers;
        this.published = published;
        this.caches = caches;
    }

    /** Which regions' values a computed average is taken from. */
    enum Basis {
        /** Every value held, whatever its year's submission state (the internal scorecards and rankings). */
        HELD,
        /** Only values of years whose submission is confirmed (the public progress page, issue 13 §7). */
        CONFIRMED
    }

    /**
     * By year, then by indicator code: the province's published figure, else the average of the usable
     * values held by the regions themselves (units' values never count) at path depth {@code depth}
     * under {@code provincePath} (e.g. {@code /520000/}), all of them or only confirmed ones as {@code
     * basis} says (part of the cache key). Precondition: the edition is published and has indicators
     * compared with the average. The maps returned are unmodifiable.
     */
    @Cacheable(cacheNames = Caches.REFERENCE_AVERAGES, sync = true)
    public Map<Integer, Map<String, ReferenceAverage>> of(
            Basis basis, String edition, String provincePath, int depth, int fromYear, int toYear) {
        Map<String, EditionModel.Row> rows = catalog.require(edition).rows().stream()
                .filter(EditionModel.Row::needsReferenceAverage)
                .collect(Collectors.toMap(EditionModel.Row::code, r -> r));
        String province = provincePath.substring(1, provincePath.length() - 1);
        Map<Integer, Map<String, ReferenceAverage>> averages = new HashMap<>();
        List<ReferenceValueReader.Number> held = basis == Basis.CONFIRMED
                ? numbers.confirmedNumbers(edition, rows.keySet(), fromYear, toYear, provincePath + "%")
                : numbers.numbers(edition, rows.keySet(), fromYear, toYear, provincePath + "%");
        held.stream()
                // a value that cannot be used (NaN, out of range) never poisons the province's average
                .filter(v ->
                        depth(v.regionPath()) == depth && StoredValues.usable(rows.get(v.indicatorCode()), v.number()))
                .collect(Collectors.groupingBy(
                        ReferenceValueReader.Number::year,
                        Collectors.groupingBy(
                                ReferenceValueReader.Number::indicatorCode,
                                Collectors.averagingDouble(ReferenceValueReader.Number::number))))
                .forEach((year, byCode) ->
                        byCode.forEach((indicator, average) -> averages.computeIfAbsent(year, y -> new HashMap<>())
                                .put(indicator, new ReferenceAverage(average, Facts.COMPUTED))));
        for (ReferenceAverageEntity p : published.published(edition, province, fromYear, toYear)) {
            if (rows.containsKey(p.indicatorCode())) {
                averages.computeIfAbsent(p.year(), y -> new HashMap<>())
                        .put(p.indicatorCode(), new ReferenceAverage(p.average(), Facts.PUBLISHED));
            }
        }
        Map<Integer, Map<String, ReferenceAverage>> frozen = new HashMap<>();
        averages.forEach((year, byCode) -> frozen.put(year, Map.copyOf(byCode)));
        return Map.copyOf(frozen);
    }

    /** An entered value, or a province's published average (also {@link ValueEntered}), changes averages. */
    @EventListener
    void on(ValueEntered entered) {
        evictAfterCommit();
    }

    /** A year confirmed, reopened or returned changes the averages of confirmed values. */
    @EventListener
    void on(SubmissionChanged changed) {
        evictAfterCommit();
    }

    /** A batch of imported values changes averages. */
    @EventListener
    void on(ValuesImported imported) {
        evictAfterCommit();
    }

    /** Drops this instance's averages once the current transaction commits (at once without one). */
    void evictAfterCommit() {
        var cache = caches.getCache(Caches.REFERENCE_AVERAGES);
        AfterCommit.run(cache::clear);
    }

    /** The depth of a region path: {@code /520000/} is 2 (a province), {@code /520000/520300/} 3. */
    static int depth(String path) {
        return path.split("/").length;
    }
}
