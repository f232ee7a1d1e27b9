package cn.ecozone.indicator.edition;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One indicator of an edition as written in its file.
 *
 * @param code unique within the edition, {@code [A-Z0-9-]+}
 * @param number the 序号 in the source table; sub-indicators of one table row share the row's number;
 *     {@code null} where the source has no numbered table
 * @param groupCode the code of the innermost group holding the indicator
 * @param unit the source's 单位 column as written; {@code null} where it shows none or "-"
 * @param binding 约束性 or 参考性 (see the edition's doc for what was chosen where the source is silent)
 * @param applies where it applies; {@code null} = everywhere
 * @param targetTextZh the target exactly as the source words it
 * @param target the raw target spec (a map with a {@code kind} string); its kind and parameters are
 *     checked later by the target engine
 * @param uncertain the transcription marks the reading of this row (target, unit or scope) as uncertain
 * @param weight only with the score method {@code WEIGHTED}
 * @param source where the row comes from, e.g. {@code seed 002 附件2 第1项}
 * @param grades GRADE indicators: the grades, best first, e.g. 优, 良, 中, 差; empty for other types
 * @param range the bounds of a number as the source gives them; {@code null} where it is silent (then
 *     {@link ValueRange#derive} applies)
 */
public record IndicatorDefinition(
        String code,
        Integer number,
        String groupCode,
        String nameZh,
        String nameEn,
        String unit,
        ValueType valueType,
        Binding binding,
        String definitionZh,
        Applicability applies,
        String targetTextZh,
        Map<String, Object> target,
        boolean uncertain,
        Double weight,
        String source,
        List<String> grades,
        ValueRange range) {

    public IndicatorDefinition {
        grades = grades == null ? List.of() : List.copyOf(grades);
        target = target == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(target));
    }

    /** The target kind, e.g. {@code AT_LEAST}; {@code null} if the spec has none. */
    public String targetKind() {
        return target == null || !(target.get("kind") instanceof String kind) ? null : kind;
    }
}
