package cn.ecozone.indicator;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One region of a league's (or province's) overview of an edition and year (issue 14 §2).
 *
 * @param parentName the region above it (the league of a county), for a province's overview
 * @param version the version of the year's row as read (0 when not started), for the batch confirmation
 * @param remindedToday whether a 催报 reminder went to it today
 * @param mayConfirm the year waits for this reviewer's confirmation
 * @param mayRemind the year is not submitted and was not reminded today
 */
public record OverviewRow(
        String regionCode,
        String regionName,
        @Nullable String parentName,
        OverviewState state,
        @Nullable Instant submittedAt,
        @Nullable Instant decidedAt,
        long version,
        boolean remindedToday,
        boolean mayConfirm,
        boolean mayRemind) {

    /** Where a region's year stands, as the overview shows it. */
    public enum OverviewState {
        /** No value entered yet (no submission row). */
        NOT_STARTED,
        /** Values entered, not submitted (OPEN). */
        DRAFT,
        SUBMITTED,
        RETURNED,
        CONFIRMED;

        static OverviewState of(SubmissionState state) {
            return switch (state) {
                case OPEN -> DRAFT;
                case SUBMITTED -> SUBMITTED;
                case RETURNED -> RETURNED;
                case CONFIRMED -> CONFIRMED;
            };
        }

        /** Not yet submitted: may be reminded. */
        public boolean unsubmitted() {
            return this == NOT_STARTED || this == DRAFT || this == RETURNED;
        }
    }
}
