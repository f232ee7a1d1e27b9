package cn.ecozone.supervision;

import org.jspecify.annotations.Nullable;

/**
 * What a check's evidence list is narrowed to (issue 14 §6); every part optional.
 *
 * @param q the file's name or the uploading organization's name contains it (case-insensitive)
 * @param type the file's type as recognised from its content (e.g. {@code PDF}, {@code JPEG})
 * @param sort a key of the list's sort whitelist ({@code name}, {@code organization}, {@code uploaded},
 *     {@code type}), {@code -} before it for descending; null: the oldest first
 */
public record CheckEvidenceFilter(
        @Nullable String q, @Nullable String type, @Nullable String sort) {}
