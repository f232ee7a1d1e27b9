package cn.ecozone.publicity;

import org.jspecify.annotations.Nullable;

/**
 * A province's investigation deadline: the value set, or the regulation's suggestion while unset.
 *
 * @param uncertain the seeds set none and the province has not set it yet
 */
public record SettingView(
        String provinceCode,
        int complaintWorkingDays,
        boolean uncertain,
        int suggestedWorkingDays,
        @Nullable String noteZh,
        long version) {}
