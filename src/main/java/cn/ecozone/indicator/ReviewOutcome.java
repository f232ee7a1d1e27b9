package cn.ecozone.indicator;

import org.jspecify.annotations.Nullable;

/**
 * How one county's confirmation in a batch went: confirmed, or refused with the HTTP status the single
 * confirmation would have answered (409 when the year moved or changed since the reviewer read it) and
 * the reason in the reader's language.
 */
public record ReviewOutcome(
        String regionCode,
        boolean ok,
        int status,
        @Nullable String code,
        @Nullable String message) {}
