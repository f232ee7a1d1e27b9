package cn.ecozone.indicator.internal.excel;

import cn.ecozone.indicator.EvaluationManagement;
import cn.ecozone.indicator.IndicatorExcelManagement.Workbook;
import cn.ecozone.indicator.IndicatorValueManagement;
import cn.ecozone.indicator.SubmissionState;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.SubmissionEntity;
import cn.ecozone.indicator.internal.Submissions;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The workbooks of indicator values to download, for {@code IndicatorExcelManagement}: the template
 * of an edition, regions and years (prefilled with the values held), and the export of values with
 * their evaluation. Both check the request the same way: regions in the actor's scope, years in the
 * edition's range, bounded sizes.
 */
@Component
public class ValueWorkbooks {

    /** Regions and years per request, and rows per generated workbook. */
    public static final int MAX_REGIONS = 200;

    public static final int MAX_YEARS = 50;
    public static final long MAX_TEMPLATE_ROWS = 200_000;
    public static final int MAX_EXPORT_PARTS = 2_000;

    private final EditionCatalog catalog;
    private final RegionManagement regions;
    private final Submissions submissions;
    private final Values values;
    private final IndicatorValueManagement entries;
    private final EvaluationManagement evaluations;
    private final TemplateWriter templates;
    private final ExportWriter exports;
    private final Clock clock;

    ValueWorkbooks(
            EditionCatalog catalog,
            RegionManagement regions,
            Submissions submissions,
            Values values,
            IndicatorValueManagement entries,
            EvaluationManagement evaluations,
            TemplateWriter templates,
            ExportWriter exports,
            Clock clock) {
        this.catalog = catalog;
        this.regions = regions;
        this.submissions = submissions;
        this.values = values;
        this.entries = entries;
        this.evaluations = evaluations;
        this.templates = templates;
        this.exports = exports;
        this.clock = clock;
    }

    /**
     * The value template for the edition, regions and years. Preconditions: every region lies in the
     * actor's scope and every year in the edition's range; checked before anything is written.
     */
    public Workbook template(String editionCode, List<String> regionCodes, List<Integer> years, Actor actor) {
        EditionModel model = catalog.require(editionCode);
        List<Region> chosen = regionsInScope(regionCodes, actor);
        List<Integer> checkedYears = years(model, years);
        long rows = TemplateWriter.rows(model, chosen, checkedYears);
        if (rows > MAX_TEMPLATE_ROWS) {
            throw ApiException.invalid("years", "error.indicator.excel.too-many-rows", rows, MAX_TEMPLATE_ROWS);
        }
        String name = "指标填报模板-" + model.edition().code() + "-"
                + (chosen.size() == 1 ? chosen.getFirst().name() : chosen.size() + "个地区") + "-"
                + yearsLabel(checkedYears) + ".xlsx";
        return new Workbook(name, out -> write(model, chosen, checkedYears, out));
    }

    private void write(EditionModel model, List<Region> chosen, List<Integer> years, OutputStream out) {
        try {
            String edition = model.edition().code();
            templates.write(model, chosen, years, (region, year) -> held(edition, region, year), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TemplateWriter.YearData held(String edition, Region region, int year) {
        SubmissionState state = submissions
                .find(edition, region.code(), year)
                .map(SubmissionEntity::state)
                .orElse(SubmissionState.OPEN);
        Map<String, ValueEntity> byCode = values.forRegion(edition, region.code(), year, year).stream()
                .collect(Collectors.toMap(ValueEntity::indicatorCode, Function.identity()));
        return new TemplateWriter.YearData(state, byCode);
    }

    /**
     * Values and evaluations of the regions and years as a workbook. Preconditions: every region in
     * the actor's scope, every year in the edition's range.
     */
    public Workbook export(
            String editionCode, List<String> regionCodes, List<Integer> years, Actor actor, Locale locale) {
        EditionModel model = catalog.require(editionCode);
        List<Region> chosen = regionsInScope(regionCodes, actor);
        List<Integer> checkedYears = years(model, years);
        if ((long) chosen.size() * checkedYears.size() > MAX_EXPORT_PARTS) {
            throw ApiException.invalid(
                    "years",
                    "error.indicator.excel.too-many-parts",
                    chosen.size() * checkedYears.size(),
                    MAX_EXPORT_PARTS);
        }
        List<ExportWriter.Part> parts = new ArrayList<>();
        for (Region region : chosen) {
            for (int year : checkedYears) {
                parts.add(new ExportWriter.Part(
                        entries.year(editionCode, region.code(), null, year, actor),
                        evaluations.evaluate(editionCode, region.code(), null, year, actor, locale)));
            }
        }
        String name = "指标数值与评价-" + model.edition().code() + "-"
                + (chosen.size() == 1 ? chosen.getFirst().name() : chosen.size() + "个地区") + "-"
                + yearsLabel(checkedYears) + ".xlsx";
        Instant now = clock.instant();
        return new Workbook(name, out -> exports.write(model, parts, now, actor.username(), out));
    }

    private List<Region> regionsInScope(List<String> codes, Actor actor) {
        List<String> distinct = codes == null || codes.isEmpty()
                ? List.of(actor.regionCode())
                : List.copyOf(new LinkedHashSet<>(codes.stream()
                        .map(String::strip)
                        .filter(c -> !c.isEmpty())
                        .toList()));
        if (distinct.isEmpty()) {
            throw ApiException.invalid("regions", "error.indicator.excel.regions.empty");
        }
        if (distinct.size() > MAX_REGIONS) {
            throw ApiException.invalid("regions", "error.indicator.excel.regions.too-many", MAX_REGIONS);
        }
        List<Region> found = new ArrayList<>();
        for (String code : distinct) {
            Region region = regions.require(code);
            if (!actor.scope().includes(region.path())) {
                throw ApiException.notFound("error.region.not-found", code);
            }
            found.add(region);
        }
        return found;
    }

    private static List<Integer> years(EditionModel model, List<Integer> years) {
        if (years == null || years.isEmpty()) {
            throw ApiException.invalid("years", "error.indicator.excel.years.empty");
        }
        List<Integer> distinct = years.stream().distinct().sorted().toList();
        if (distinct.size() > MAX_YEARS) {
            throw ApiException.invalid("years", "error.indicator.excel.years.too-many", MAX_YEARS);
        }
        for (int year : distinct) {
            if (year < model.edition().firstYear() || year > model.edition().lastYear()) {
                throw ApiException.invalid(
                        "years",
                        "error.indicator.year.outside",
                        year,
                        model.edition().firstYear(),
                        model.edition().lastYear());
            }
        }
        return distinct;
    }

    private static String yearsLabel(List<Integer> years) {
        if (years.size() == 1) {
            return years.getFirst() + "年";
        }
        boolean consecutive = years.getLast() - years.getFirst() == years.size() - 1;
        return consecutive
                ? years.getFirst() + "-" + years.getLast() + "年"
                : years.stream().map(String::valueOf).collect(Collectors.joining("_")) + "年";
    }
}
