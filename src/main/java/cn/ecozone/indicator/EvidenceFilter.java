package cn.ecozone.indicator;

import org.jspecify.annotations.Nullable;

/**
 * What a value's evidence list is narrowed to (issue 14 §6); every part optional.
 *
 * @param q the file's name or the uploading organization's name contains it (case-insensitive)
 * @param type the file's type as recognised from its content ({@code PDF}, {@code OFD}, {@code PNG},
 *     {@code JPEG})
 * @param removed {@code true}: only removed files; {@code false}: only files still linked; null: both
 * @param sort a key of the list's sort whitelist ({@code name}, {@code organization}, {@code uploaded},
 *     {@code type}), {@code -} before it for descending; null: the oldest first
 */
public record EvidenceFilter(
        @Nullable String q,
        @Nullable String type,
        @Nullable Boolean removed,
        @Nullable String sort) {

    /** Every file, the oldest first. */
    public static EvidenceFilter none() {
        return new EvidenceFilter(null, null, null, null);
    }
}
