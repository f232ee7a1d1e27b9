package cn.ecozone.indicator;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the confirmers said about a year (issue 14 §2): every decision, oldest first, and the latest one,
 * whose indicator comments the entry page shows beside their rows while the year is returned.
 *
 * @param unitId the construction unit, or null for the region's own year
 * @param latest the last decision, or null before the first
 */
public record IndicatorReview(
        String edition,
        String regionCode,
        @Nullable Long unitId,
        int year,
        SubmissionState state,
        long version,
        @Nullable Decision latest,
        List<Decision> history) {

    /**
     * One confirmation or return.
     *
     * @param action {@code CONFIRM} or {@code RETURN}
     * @param opinion the confirmation's opinion (may be null) or the return's reason
     */
    public record Decision(
            String action,
            @Nullable String opinion,
            List<IndicatorComment> comments,
            String decidedBy,
            Instant decidedAt) {}

    /** An indicator a return names, with its own comment. */
    public record IndicatorComment(String indicator, String comment) {}
}
