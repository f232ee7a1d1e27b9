package cn.ecozone.supervision;

import org.jspecify.annotations.Nullable;

/**
 * A check of the province's regulations with the delay the province set (Guizhou art. 22 适时).
 *
 * @param delayDays calendar days after the 满N年 day on which the check opens; 0 when not set
 * @param set whether the province set it (else the shipped suggestion: the day itself)
 * @param noteZh the regulation data's note on the timing (uncertain)
 * @param version the setting's version, to send back; null when not set
 * @param setBy who set it last (username); null when not set
 * @param setAt when it was set last; null when not set
 */
public record SupervisionSetting(
        String regulationCode,
        String checkCode,
        String kind,
        int afterYears,
        String textZh,
        @Nullable String article,
        boolean uncertain,
        @Nullable String noteZh,
        int delayDays,
        boolean set,
        @Nullable Long version,
        @Nullable String setBy,
        java.time.@Nullable Instant setAt) {}
