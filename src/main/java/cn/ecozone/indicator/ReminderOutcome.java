package cn.ecozone.indicator;

import org.jspecify.annotations.Nullable;

/**
 * How one region's 催报 went: reminded, or refused with the status a single reminder would have answered
 * (409 when reminded already today or already submitted) and the reason in the reader's language.
 */
public record ReminderOutcome(
        String regionCode, boolean ok, int status, @Nullable String message) {}
