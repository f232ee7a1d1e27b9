package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ReferenceAverage;
import cn.ecozone.indicator.internal.RegionSummaries;
import cn.ecozone.indicator.internal.ScorecardBuilder;
import cn.ecozone.indicator.internal.ScorecardInputs;
import cn.ecozone.indicator.internal.ScorecardInputs.Held;
import cn.ecozone.indicator.internal.ValueOwner;
import cn.ecozone.indicator.internal.ValueOwners;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Evaluates a region's (or a construction unit's) values against an edition's targets. Editions and
 * regions come from memory ({@code EditionCatalog}, {@code RegionManagement}); the values are read by
 * {@link ScorecardInputs} in a constant number of statements for one scorecard, a ranking of any
 * number of regions, or a trend of any number of years. No transaction spans a call: each statement
 * has its own, so no database connection is held while targets are evaluated and texts rendered.
 */
@Service
public class EvaluationManagement {

    private final EditionCatalog catalog;
    private final RegionManagement regions;
    private final ValueOwners owners;
    private final ScorecardBuilder builder;
    private final ScorecardInputs inputs;
    private final RegionSummaries summaries;

    EvaluationManagement(
            EditionCatalog catalog,
            RegionManagement regions,
            ValueOwners owners,
            ScorecardBuilder builder,
            ScorecardInputs inputs,
            RegionSummaries summaries) {
        this.summaries = summaries;
        this.catalog = catalog;
        this.regions = regions;
        this.owners = owners;
        this.builder = builder;
        this.inputs = inputs;
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
        requireYear(model, year);
        int first = model.edition().firstYear();
        Held held = inputs.owner(editionCode, regionCode, owner.unitId(), first, year);
        return card(model, owner, year, held, inputs.averages(model, owner.region(), year, year), locale);
    }

    /**
     * One line of a ranking of regions by score. A region holding no value that year has {@code
     * noData} set and no {@code rank}: it is listed last as 无数据, not ranked as a score of 0 (issue
     * 14 §8).
     */
    public record Ranked(
            String regionCode,
            String regionName,
            int met,
            int applicable,
            @Nullable Double score,
            @Nullable Integer rank,
            boolean noData) {}

    /** One year of an indicator's trend. */
    public record TrendPoint(
            int year,
            @Nullable Double value,
            @Nullable Boolean flag,
            Attainment status,
            @Nullable String appliedTarget) {}

    /**
     * The children of {@code parent} (e.g. the counties of a prefecture) ranked by score, then by
     * indicators met; functional zones included. Precondition: the parent lies in the actor's scope
     * (so do its children), and the year lies in the edition's range. The children's values are read
     * in one streaming query and judged as their scorecards would be, without rendering the reasons
     * (issue 10: no query per region); the children share their province and level, so the
     * reference averages too.
     */
    public List<Ranked> ranking(String editionCode, String parent, int year, Actor actor, Locale locale) {
        Region region = regions.require(parent);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", parent);
        }
        List<Region> children = regions.children(parent);
        if (children.isEmpty()) {
            return List.of();
        }
        EditionModel model = catalog.require(editionCode);
        requireYear(model, year);
        Map<String, Region> byCode = new LinkedHashMap<>();
        children.forEach(child -> byCode.put(child.code(), child));
        Map<String, ReferenceAverage> averages =
                inputs.averages(model, children.getFirst(), year, year).getOrDefault(year, Map.of());
        Map<String, RegionSummaries.Summary[]> judged =
                summaries.evaluateOnly(model, byCode, region.path() + "%", year, year, (child, y) -> averages);
        record Card(Region region, RegionSummaries.Summary summary) {}
        List<Card> cards = children.stream()
                .map(child -> new Card(child, judged.get(child.code())[0]))
                .sorted(java.util.Comparator.comparing((Card c) -> c.summary().held())
                        .thenComparing(c ->
                                c.summary().score() == null ? -1 : c.summary().score())
                        .thenComparing(c -> c.summary().met())
                        .reversed())
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            RegionSummaries.Summary c = cards.get(i).summary();
            Region child = cards.get(i).region();
            if (!c.held()) {
                ranked.add(new Ranked(child.code(), child.name(), c.met(), c.applicable(), null, null, true));
                continue;
            }
            RegionSummaries.Summary before = i > 0 ? cards.get(i - 1).summary() : null;
            boolean tie = before != null && Objects.equals(c.score(), before.score()) && c.met() == before.met();
            int rank = tie ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(child.code(), child.name(), c.met(), c.applicable(), c.score(), rank, false));
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
        ValueOwner owner = owners.visible(regionCode, unit, actor);
        Held held = inputs.owner(
                editionCode, regionCode, owner.unitId(), model.edition().firstYear(), last);
        var averages = inputs.averages(model, owner.region(), first, last);
        List<TrendPoint> points = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            Scorecard card = card(model, owner, year, held, averages, locale);
            card.rows().stream()
                    .filter(r -> r.code().equals(indicator))
                    .findFirst()
                    .ifPresent(r -> points.add(
                            new TrendPoint(card.year(), r.value(), r.flag(), r.status(), r.appliedTarget())));
        }
        return points;
    }

    /** The scorecard of an owner's held values for a year (the year before and the edition's first from {@code held}). */
    private Scorecard card(
            EditionModel model,
            ValueOwner owner,
            int year,
            Held held,
            Map<Integer, Map<String, ReferenceAverage>> averages,
            Locale locale) {
        return builder.build(
                model,
                owner,
                year,
                held.year(year),
                held.year(year - 1),
                held.year(model.edition().firstYear()),
                averages.getOrDefault(year, Map.of()),
                locale);
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
}
