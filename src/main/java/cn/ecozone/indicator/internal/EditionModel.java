package cn.ecozone.indicator.internal;

import cn.ecozone.indicator.Binding;
import cn.ecozone.indicator.ValueType;
import cn.ecozone.indicator.edition.Applicability;
import cn.ecozone.indicator.target.Target;
import java.util.List;
import java.util.Map;

/**
 * A published edition ready for evaluation: every indicator with its parsed target. Immutable, so
 * it is cached and shared between requests (and used as is by the benchmark).
 */
public record EditionModel(EditionEntity edition, List<Row> rows, Map<String, Row> byCode) {

    /**
     * One indicator of the edition with its parsed target; {@code range} is where its numbers (and its
     * parts') must lie, stated or derived ({@link cn.ecozone.indicator.edition.ValueRange});
     * {@code environmentalQuality} whether it belongs to the edition's environmental-quality dimension;
     * {@code groupPathEn} the group path in English where the platform has one (else null).
     */
    public record Row(
            String code,
            Integer number,
            String groupPath,
            String groupPathEn,
            String nameZh,
            String nameEn,
            String unit,
            ValueType valueType,
            Binding binding,
            Applicability applies,
            String targetTextZh,
            Target target,
            boolean uncertain,
            Double weight,
            boolean needsReferenceAverage,
            List<String> grades,
            cn.ecozone.indicator.edition.ValueRange range,
            boolean environmentalQuality) {}
}
