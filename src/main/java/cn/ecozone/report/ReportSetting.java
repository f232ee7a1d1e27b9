package cn.ecozone.report;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The due day of one yearly report of a regulation in the province: the regulation's suggestion with its
 * citation (the seeds give no date, so it is marked silent or uncertain and its note is shown) and the
 * province's own day, once set.
 *
 * @param suggestedMonthDay the regulation's day, {@code MM-dd}
 * @param monthDay the province's day, {@code MM-dd}; {@code null} while the suggestion applies
 * @param version the setting's version for the next change; {@code null} before the first
 */
public record ReportSetting(
        String jurisdiction,
        String regulationCode,
        int regulationVersion,
        String regulationTitle,
        String checkCode,
        String checkText,
        @Nullable String article,
        @Nullable String suggestedMonthDay,
        boolean silent,
        boolean uncertain,
        @Nullable String dueNote,
        @Nullable String monthDay,
        @Nullable String note,
        @Nullable String setBy,
        @Nullable Instant setAt,
        @Nullable Long version) {

    /** A change by province staff; {@code version} {@code null} for the first value. */
    public record Change(String regulationCode, String checkCode, String monthDay, String note, Long version) {}
}
