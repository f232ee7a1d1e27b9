package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ReferenceAverage;
import cn.ecozone.indicator.internal.ReferenceAverages;
import cn.ecozone.indicator.internal.RegionSummaries;
import cn.ecozone.indicator.internal.ScorecardBuilder;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.ValueOwner;
import cn.ecozone.indicator.internal.ValueOwners;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evaluates a region's (or a construction unit's) values against an edition's targets. */
@Service
@Transactional(readOnly = true)
public class EvaluationManagement {

    private final EditionCatalog catalog;
    private final Values values;
    private final RegionManagement regions;
    private final ValueOwners owners;
    private final ScorecardBuilder builder;
    private final ReferenceAverages referenceAverages;
    private final RegionSummaries summaries;

    EvaluationManagement(
            EditionCatalog catalog,
            Values values,
            RegionManagement regions,
            ValueOwners owners,
            ScorecardBuilder builder,
            ReferenceAverages referenceAverages,
            RegionSummaries summaries) {
        this.referenceAverages = referenceAverages;
        this.summaries = summaries;
        this.catalog = catalog;
        this.values = values;
        this.regions = regions;
        this.owners = owners;
        this.builder = builder;
    }

    /**
     * The scorecard of a region, or of its construction unit {@code unit} (null for the region
     * itself), for a year. Preconditions: the region lies in the actor's scope (a unit: its region),
     * the unit belongs to the region, and the year lies in the edition's range. A unit is judged with
     * its region's level and terrain (applicability, {@code BY_TERRAIN}). Reference averages
     * ("超过当年度全省平均水平") are computed from the regions' own values held for the same level
     * in the region's province (units' values never count towards them).
     */
    public Scorecard evaluate(String editionCode, String regionCode, Long unit, int year, Actor actor, Locale locale) {
        EditionModel model = catalog.require(editionCode);
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        Region region = owner.region();
        requireYear(model, year);
        List<ValueEntity> held = values.forOwner(
                editionCode, regionCode, owner.unitId(), model.edition().firstYear(), year);
        Map<String, ValueEntity> current = byCode(held, year);
        Map<String, ValueEntity> previous = byCode(held, year - 1);
        Map<String, ValueEntity> baseline = byCode(held, model.edition().firstYear());
        return builder.build(model, owner, year, current, previous, baseline, averages(model, region, year), locale);
    }

    /** One line of a ranking of regions by score. */
    public record Ranked(String regionCode, String regionName, int met, int applicable, Double score, int rank) {}

    /** One year of an indicator's trend. */
    public record TrendPoint(int year, Double value, Boolean flag, Attainment status, String appliedTarget) {}

    /**
     * The children of {@code parent} (e.g. the counties of a prefecture) ranked by score, then by
     * indicators met; functional zones included. Precondition: the parent lies in the actor's scope.
     * The children's values are read in one streaming query and judged as their scorecards would be
     * (issue 10: no query per region); the reference averages are computed once per province.
     */
    public List<Ranked> ranking(String editionCode, String parent, int year, Actor actor, Locale locale) {
        Region region = regions.require(parent);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", parent);
        }
        EditionModel model = catalog.require(editionCode);
        requireYear(model, year);
        Map<String, Region> children = new java.util.LinkedHashMap<>();
        regions.children(parent).forEach(child -> children.put(child.code(), child));
        Map<String, Map<String, ReferenceAverage>> byProvince = new HashMap<>();
        Map<String, RegionSummaries.Summary[]> judged = summaries.evaluate(
                model,
                children,
                region.path() + "%",
                year,
                year,
                (child, y) -> byProvince.computeIfAbsent(
                        provincePath(child) + "|" + depth(child), k -> averages(model, child, y)));
        record Card(Region region, RegionSummaries.Summary summary) {}
        List<Card> cards = children.values().stream()
                .map(child -> new Card(child, judged.get(child.code())[0]))
                .sorted(java.util.Comparator.comparing((Card c) ->
                                c.summary().score() == null ? -1 : c.summary().score())
                        .thenComparing(c -> c.summary().met())
                        .reversed())
                .toList();
        List<Ranked> ranked = new java.util.ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            RegionSummaries.Summary c = cards.get(i).summary();
            RegionSummaries.Summary before = i > 0 ? cards.get(i - 1).summary() : null;
            boolean tie = before != null && Objects.equals(c.score(), before.score()) && c.met() == before.met();
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            Region child = cards.get(i).region();
            ranked.add(new Ranked(child.code(), child.name(), c.met(), c.applicable(), c.score(), rank));
        }
        return ranked;
    }

    /**
     * An indicator's value and status year by year, from {@code from} to {@code to} inclusive, for a
     * region or its construction unit {@code unit} (null for the region itself).
     */
    public List<TrendPoint> trend(
            String editionCode,
            String regionCode,
            Long unit,
            String indicator,
            int from,
            int to,
            Actor actor,
            Locale locale) {
        EditionModel model = catalog.require(editionCode);
        if (!model.byCode().containsKey(indicator)) {
            throw ApiException.notFound("error.indicator.not-found", indicator);
        }
        int first = Math.max(from, model.edition().firstYear());
        int last = Math.min(to, model.edition().lastYear());
        if (last < first || last - first > 50) {
            throw ApiException.invalid("to", "error.indicator.year.outside", to, first, last);
        }
        List<TrendPoint> points = new java.util.ArrayList<>();
        for (int year = first; year <= last; year++) {
            Scorecard card = evaluate(editionCode, regionCode, unit, year, actor, locale);
            card.rows().stream()
                    .filter(r -> r.code().equals(indicator))
                    .findFirst()
                    .ifPresent(r -> points.add(
                            new TrendPoint(card.year(), r.value(), r.flag(), r.status(), r.appliedTarget())));
        }
        return points;
    }

    private static void requireYear(EditionModel model, int year) {
        if (year < model.edition().firstYear() || year > model.edition().lastYear()) {
            throw ApiException.invalid(
                    "year",
                    "error.indicator.year.outside",
                    year,
                    model.edition().firstYear(),
                    model.edition().lastYear());
        }
    }

    private static String provincePath(Region region) {
        return region.path().substring(0, region.path().indexOf('/', 1) + 1);
    }

    private static int depth(Region region) {
        return region.path().split("/").length;
    }

    /** Published averages first (the province's own figure), else computed from held values. */
    private Map<String, ReferenceAverage> averages(EditionModel model, Region region, int year) {
        Map<String, ReferenceAverage> averages = new HashMap<>();
        String provincePath = provincePath(region);
        int depth = depth(region);
        for (EditionModel.Row row : model.rows()) {
            if (!row.needsReferenceAverage()) {
                continue;
            }
            OptionalDouble average = values.under(model.edition().code(), row.code(), year, provincePath + "%").stream()
                    // a value that cannot be used (NaN, out of range) never poisons the province's average
                    .filter(v -> v.regionPath().split("/").length == depth
                            && cn.ecozone.indicator.internal.StoredValues.usable(row, v.numberValue()))
                    .mapToDouble(ValueEntity::numberValue)
                    .average();
            String province = provincePath.substring(1, provincePath.length() - 1);
            var published = referenceAverages.find(model.edition().code(), row.code(), province, year);
            if (published.isPresent()) {
                averages.put(row.code(), new ReferenceAverage(published.get().average(), Facts.PUBLISHED));
                continue;
            }
            average.ifPresent(a -> averages.put(row.code(), new ReferenceAverage(a, Facts.COMPUTED)));
        }
        return averages;
    }

    private static Map<String, ValueEntity> byCode(List<ValueEntity> held, int year) {
        return held.stream()
                .filter(v -> v.year() == year)
                .collect(Collectors.toMap(ValueEntity::indicatorCode, v -> v));
    }
}
