package cn.ecozone.registry;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A threshold of an exclusion that the regulation does not give, as the province's settings page shows
 * it: what the regulation file declares (text, unit, suggested value, allowed range, note) and the
 * province's value, or none yet (then the check needs judgement).
 *
 * @param value the province's value; null until set
 * @param version the stored row's version for the next change; null until set
 */
public record ExclusionSetting(
        String jurisdiction,
        String regulationCode,
        int regulationVersion,
        String regulationTitle,
        String exclusionCode,
        String exclusionTextZh,
        @Nullable String article,
        String key,
        String textZh,
        String unit,
        BigDecimal suggested,
        BigDecimal min,
        BigDecimal max,
        @Nullable String noteZh,
        @Nullable BigDecimal value,
        @Nullable String note,
        @Nullable String setBy,
        @Nullable Instant setAt,
        @Nullable Long version) {

    /**
     * A change of one setting.
     *
     * @param version the version last read; null to set it the first time
     */
    public record Change(
            String regulationCode, String exclusionCode, String key, BigDecimal value, String note, Long version) {}
}
