package cn.ecozone.indicator;

import cn.ecozone.indicator.EvaluationManagement.Ranked;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.RegionValueReader;
import cn.ecozone.indicator.internal.ValueRow;
import cn.ecozone.indicator.internal.export.EvaluationWorkbooks;
import cn.ecozone.indicator.internal.export.EvaluationWorkbooks.About;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ListWorkbook;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/**
 * Excel workbooks of evaluations (issue 14 §5): a scorecard, a ranking, and a league's summary
 * (汇总表). Each is what the page shows to the same user (same roles, same data scope: out of scope
 * answers 404), in Chinese, with a sheet 说明 naming the edition, region, year, who and when.
 */
@Service
public class EvaluationExportManagement {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final EvaluationManagement evaluations;
    private final EditionCatalog catalog;
    private final RegionManagement regions;
    private final RegionValueReader reader;
    private final EvaluationWorkbooks workbooks;
    private final Clock clock;

    EvaluationExportManagement(
            EvaluationManagement evaluations,
            EditionCatalog catalog,
            RegionManagement regions,
            RegionValueReader reader,
            EvaluationWorkbooks workbooks,
            Clock clock) {
        this.evaluations = evaluations;
        this.catalog = catalog;
        this.regions = regions;
        this.reader = reader;
        this.workbooks = workbooks;
        this.clock = clock;
    }

    /** The scorecard of {@link EvaluationManagement#evaluate} as a workbook (same preconditions). */
    public void scorecard(String edition, String region, Long unit, int year, Actor actor, OutputStream out)
            throws IOException {
        Scorecard card = evaluations.evaluate(edition, region, unit, year, actor, CHINESE);
        String name = card.unitName() == null ? card.regionName() : card.regionName() + " · " + card.unitName();
        workbooks.scorecard(card, about(edition, name, year, actor), out);
    }

    /** The ranking of {@link EvaluationManagement#ranking} as a workbook (same preconditions). */
    public void ranking(String edition, String parent, int year, Actor actor, OutputStream out) throws IOException {
        List<Ranked> ranked = evaluations.ranking(edition, parent, year, actor, CHINESE);
        workbooks.ranking(ranked, about(edition, regions.require(parent).name(), year, actor), out);
    }

    /**
     * The summary of {@code parent}'s children (a league's counties): their own values of the year,
     * read in one statement whatever their number, and their results as ranked. Preconditions as
     * {@link EvaluationManagement#ranking}: the parent lies in the actor's scope (else 404), the year
     * in the edition's range (else 400).
     */
    public void summary(String edition, String parent, int year, Actor actor, OutputStream out) throws IOException {
        List<Ranked> ranked = evaluations.ranking(edition, parent, year, actor, CHINESE);
        EditionModel model = catalog.require(edition);
        Region region = regions.require(parent);
        List<Region> children = regions.children(parent);
        Set<String> codes = new LinkedHashSet<>();
        children.forEach(child -> codes.add(child.code()));
        Map<String, Map<String, ValueRow>> values = new HashMap<>();
        Consumer<ValueRow> sink = v -> {
            if (v.year() == year && codes.contains(v.regionCode())) {
                values.computeIfAbsent(v.regionCode(), c -> new HashMap<>()).put(v.indicatorCode(), v);
            }
        };
        if (codes.size() > RegionValueReader.MAX_CODES) {
            reader.forEach(edition, region.path() + "%", year, year, year, sink);
        } else if (!codes.isEmpty()) {
            reader.forEachOf(edition, codes, year, year, year, sink);
        }
        workbooks.summary(model, children, values, ranked, about(edition, region.name(), year, actor), out);
    }

    private About about(String edition, String regionName, int year, Actor actor) {
        EditionModel model = catalog.require(edition);
        return new About(
                model.edition().titleZh(),
                edition,
                regionName,
                year,
                actor.displayName() + "（" + actor.organizationName() + "）",
                ListWorkbook.TIME.format(clock.instant()));
    }
}
