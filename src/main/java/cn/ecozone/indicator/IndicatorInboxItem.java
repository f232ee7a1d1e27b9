package cn.ecozone.indicator;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A submitted year waiting for the actor's confirmation, as the indicator inbox lists it: what the list
 * shows and what opens the year; the year's values come with the year ({@code GET /api/indicator-values}).
 *
 * @param unitId the construction unit whose year it is, or {@code null} for the region's own
 * @param unitName the unit's name, or {@code null}
 */
public record IndicatorInboxItem(
        String edition,
        String regionCode,
        String regionName,
        @Nullable Long unitId,
        @Nullable String unitName,
        int year,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt) {}
