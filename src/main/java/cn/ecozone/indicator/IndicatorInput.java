package cn.ecozone.indicator;

import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.Terrain;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One indicator of a draft edition as the editor or the edition workbook gives it. {@link
 * EditionManagement} checks every field and the target spec (through the target engine) and reports
 * every problem at once.
 *
 * @param groupPath the group, outermost first, separated by {@code " / "}, e.g. {@code 目标一 / 生态环境质量}
 * @param applyLevels levels it applies to; empty = every level of the edition
 * @param applyTerrains terrains it applies to; empty = every terrain
 * @param grassland {@code true} only areas with grassland, {@code false} only areas without, null any
 * @param coastal {@code true} only coastal areas, {@code false} only inland areas, null any
 * @param target the target spec: a map with {@code kind} and the kind's parameters
 * @param grades GRADE indicators: the grades, best first
 * @param rangeMin with {@code rangeMax}: the bounds of a number as the source gives them; both null
 *     where it is silent (0–100 for a share, 0–10¹² otherwise, see {@link
 *     cn.ecozone.indicator.edition.ValueRange})
 * @param environmentalQuality whether the indicator belongs to the edition's environmental-quality dimension
 *     (edition files: a group's {@code environmental_quality}); null is false for a new indicator and keeps
 *     the stored mark when an indicator is redefined (a client that does not know the field, such as the
 *     editor page or the edition workbook, never clears it)
 */
@NamedInterface("editions")
public record IndicatorInput(
        String code,
        @Nullable Integer number,
        String groupPath,
        String nameZh,
        @Nullable String nameEn,
        @Nullable String unit,
        ValueType valueType,
        Binding binding,
        @Nullable String definitionZh,
        List<RegionLevel> applyLevels,
        List<Terrain> applyTerrains,
        @Nullable Boolean grassland,
        @Nullable Boolean coastal,
        String targetTextZh,
        @Nullable Map<String, Object> target,
        Boolean uncertain,
        @Nullable Double weight,
        @Nullable String source,
        List<String> grades,
        @Nullable Double rangeMin,
        @Nullable Double rangeMax,
        @Nullable Boolean environmentalQuality) {

    public IndicatorInput {
        applyLevels = applyLevels == null ? List.of() : List.copyOf(applyLevels);
        applyTerrains = applyTerrains == null ? List.of() : List.copyOf(applyTerrains);
        grades = grades == null ? List.of() : List.copyOf(grades);
        uncertain = Boolean.TRUE.equals(uncertain);
    }
}
