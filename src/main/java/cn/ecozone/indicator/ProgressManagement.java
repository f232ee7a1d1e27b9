package cn.ecozone.indicator;

import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.indicator.internal.EditionModel;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.indicator.internal.Values;
import cn.ecozone.indicator.target.AtLeast;
import cn.ecozone.indicator.target.AtMost;
import cn.ecozone.indicator.target.Comparison;
import cn.ecozone.indicator.target.EqualTo;
import cn.ecozone.indicator.target.Facts;
import cn.ecozone.indicator.target.GreaterThan;
import cn.ecozone.indicator.target.LessThan;
import cn.ecozone.indicator.target.Progress;
import cn.ecozone.indicator.target.ProgressResult;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress toward dated targets ("到2027年…25微克/立方米") with the Open SDG method ({@link Progress}): for every
 * indicator of an edition whose target is a comparison with a due year ({@code byYear}) and that applies to the
 * region's level, the held values of a base year and a current year are compared with the growth the target needs.
 *
 * <p>Direction: {@code AT_LEAST}/{@code GREATER_THAN} are higher-is-better, {@code AT_MOST}/{@code LESS_THAN}
 * lower-is-better; an {@code EQUALS} target ("实现全覆盖" = 100%) is approached from the side of the base value, so it is
 * higher-is-better when the base value lies below the target. Dated comparisons nested in {@code BY_TERRAIN} or
 * {@code ALL_OF} are not assessed. A row is {@code NO_DATA}, with the reason, when the base or current value is
 * missing, or when the target year does not come after the base year (no growth can be required).
 */
@Service
@Transactional(readOnly = true)
public class ProgressManagement {

    private final EditionCatalog catalog;
    private final Values values;
    private final RegionManagement regions;
    private final MessageSource messages;

    ProgressManagement(EditionCatalog catalog, Values values, RegionManagement regions, MessageSource messages) {
        this.catalog = catalog;
        this.values = values;
        this.regions = regions;
        this.messages = messages;
    }

    /** Open SDG's categories plus {@code NO_DATA}, in the order the dashboard shows them. */
    public enum Category {
        ACHIEVED,
        ON_TRACK,
        ACCELERATION_NEEDED,
        LIMITED_PROGRESS,
        DETERIORATION,
        NO_DATA
    }

    /**
     * The progress of one region toward every dated target of an edition.
     *
     * @param synthetic true when any value used is generated demo data
     * @param summary the number of rows per category, every category present
     */
    public record Report(
            String edition,
            String editionTitle,
            String regionCode,
            String regionName,
            int baseYear,
            int year,
            boolean synthetic,
            List<Row> rows,
            Map<Category, Integer> summary) {}

    /**
     * One dated target.
     *
     * @param targetText the target as the source words it
     * @param appliedTarget the target in short, e.g. "到2027年 ≤ 25微克/立方米"
     * @param observedGrowth the observed compound annual growth (−0.026 = −2.6% a year), or with the linear fallback
     *     the change per year in the indicator's unit; null with {@code NO_DATA}
     * @param requiredGrowth the growth the target needs, same measure; null when achieved or without data
     * @param explanation how the category was found, in the request's language
     * @param synthetic true when the base or current value is generated demo data
     */
    public record Row(
            String code,
            String name,
            @Nullable String unit,
            @Nullable String targetText,
            @Nullable String appliedTarget,
            double targetValue,
            int targetYear,
            boolean higherIsBetter,
            int baseYear,
            @Nullable Double baseValue,
            int year,
            @Nullable Double value,
            Category category,
            @Nullable Double observedGrowth,
            @Nullable Double requiredGrowth,
            String explanation,
            boolean synthetic) {}

    /**
     * Assesses progress. Preconditions: the edition exists (else 404), the region lies in the actor's scope (else
     * 404), both years lie in the edition's years and {@code baseYear < year} (else 400).
     */
    public Report progress(String editionCode, String regionCode, int baseYear, int year, Actor actor, Locale locale) {
        EditionModel model = catalog.require(editionCode);
        Region region = regions.require(regionCode);
        if (!actor.scope().includes(region.path())) {
            throw ApiException.notFound("error.region.not-found", regionCode);
        }
        checkYear(model, "baseYear", baseYear);
        checkYear(model, "year", year);
        if (baseYear >= year) {
            throw ApiException.invalid(
                    "baseYear", "error.progress.base-year", String.valueOf(baseYear), String.valueOf(year));
        }
        List<ValueEntity> held = values.forRegion(editionCode, regionCode, baseYear, year);
        Map<String, ValueEntity> base = byCode(held, baseYear);
        Map<String, ValueEntity> current = byCode(held, year);
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        List<Row> rows = new ArrayList<>();
        for (EditionModel.Row row : model.rows()) {
            if (!(row.target() instanceof Comparison target) || target.byYear() == null) {
                continue;
            }
            if (row.applies() != null && !row.applies().appliesTo(region)) {
                continue;
            }
            rows.add(assess(
                    row,
                    target,
                    english && row.nameEn() != null ? row.nameEn() : row.nameZh(),
                    base.get(row.code()),
                    baseYear,
                    current.get(row.code()),
                    year,
                    locale));
        }
        Map<Category, Integer> summary = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            summary.put(category, 0);
        }
        rows.forEach(r -> summary.merge(r.category(), 1, Integer::sum));
        String title = english && model.edition().titleEn() != null
                ? model.edition().titleEn()
                : model.edition().titleZh();
        return new Report(
                editionCode,
                title,
                region.code(),
                region.name(),
                baseYear,
                year,
                rows.stream().anyMatch(Row::synthetic),
                rows,
                summary);
    }

    private Row assess(
            EditionModel.Row row,
            Comparison target,
            String name,
            ValueEntity baseEntity,
            int baseYear,
            ValueEntity currentEntity,
            int year,
            Locale locale) {
        // a held number that cannot be used (NaN, out of range) counts as absent, never as a figure
        Double base =
                baseEntity == null || !cn.ecozone.indicator.internal.StoredValues.usable(row, baseEntity.numberValue())
                        ? null
                        : baseEntity.numberValue();
        Double value = currentEntity == null
                        || !cn.ecozone.indicator.internal.StoredValues.usable(row, currentEntity.numberValue())
                ? null
                : currentEntity.numberValue();
        boolean synthetic =
                (baseEntity != null && baseEntity.synthetic()) || (currentEntity != null && currentEntity.synthetic());
        int targetYear = target.byYear();
        boolean higherIsBetter = higherIsBetter(target, base);
        String applied =
                target.describe(Facts.builder().unit(row.unit()).build()).render(locale);
        Function<String, Row> noData = reason -> new Row(
                row.code(),
                name,
                row.unit(),
                row.targetTextZh(),
                applied,
                target.value(),
                targetYear,
                higherIsBetter,
                baseYear,
                base,
                year,
                value,
                Category.NO_DATA,
                null,
                null,
                reason,
                synthetic);
        if (base == null || value == null) {
            String reason = base == null && value == null
                    ? message("progress.no-data.both", locale, baseYear, year)
                    : base == null
                            ? message("progress.no-data.base", locale, baseYear)
                            : message("progress.no-data.current", locale, year);
            return noData.apply(reason);
        }
        if (targetYear <= baseYear) {
            return noData.apply(message("progress.no-data.target-year", locale, targetYear, baseYear));
        }
        ProgressResult result =
                Progress.assess(base, baseYear, value, year, target.value(), targetYear, higherIsBetter);
        return new Row(
                row.code(),
                name,
                row.unit(),
                row.targetTextZh(),
                applied,
                target.value(),
                targetYear,
                higherIsBetter,
                baseYear,
                base,
                year,
                value,
                Category.valueOf(result.category().name()),
                result.observedGrowth(),
                result.requiredGrowth(),
                result.explanation().render(locale),
                synthetic);
    }

    /** See the class comment: the direction of each comparison kind. */
    static boolean higherIsBetter(Comparison target, Double base) {
        return switch (target) {
            case AtLeast a -> true;
            case GreaterThan g -> true;
            case AtMost a -> false;
            case LessThan l -> false;
            case EqualTo e -> base == null || base <= e.value();
        };
    }

    private String message(String key, Locale locale, int... years) {
        Object[] args = new Object[years.length];
        for (int i = 0; i < years.length; i++) {
            args[i] = String.valueOf(years[i]);
        }
        return messages.getMessage(key, args, locale);
    }

    private static void checkYear(EditionModel model, String field, int year) {
        if (year < model.edition().firstYear() || year > model.edition().lastYear()) {
            throw ApiException.invalid(
                    field,
                    "error.indicator.year.outside",
                    year,
                    model.edition().firstYear(),
                    model.edition().lastYear());
        }
    }

    private static Map<String, ValueEntity> byCode(List<ValueEntity> held, int year) {
        return held.stream()
                .filter(v -> v.year() == year)
                .collect(Collectors.toMap(ValueEntity::indicatorCode, v -> v));
    }
}
