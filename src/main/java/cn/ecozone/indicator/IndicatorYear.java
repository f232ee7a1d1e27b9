package cn.ecozone.indicator;

import cn.ecozone.procedure.RunView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A region's (or one of its construction units') values of one edition and year, with the
 * confirmation state and what the current user may do, so that the UI never guesses.
 *
 * <p>{@code run} is the year's confirmation run (null until the year holds a value): the procedure
 * panel draws its actions (submit, confirm, return, reopen) from {@code run.allowedActions}, which
 * replace the former {@code may*} flags of the moves (issue 9). {@code mayEdit} says whether the user
 * may change values, which is not a move of the run.
 *
 * @param unitId the construction unit, or null for the region's own values
 * @param unitName the unit's name, or null for the region's own values
 * @param completeness 已填 x / y: applicable indicators with a value, of all applicable (issue 14 §2)
 * @param missing codes of the applicable indicators without a value, in the edition's order; a
 *     submission needs a reason for each
 * @param missingReasons the reasons given with the latest submission, in the edition's order
 */
public record IndicatorYear(
        String edition,
        String regionCode,
        String regionName,
        @Nullable Long unitId,
        @Nullable String unitName,
        int year,
        SubmissionState state,
        @Nullable String reason,
        @Nullable String submittedBy,
        @Nullable Instant submittedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        long version,
        boolean mayEdit,
        List<Value> values,
        @Nullable RunView run,
        Completeness completeness,
        List<String> missing,
        List<MissingReason> missingReasons) {

    /** 已填 {@code filled} / {@code applicable}. */
    public record Completeness(int filled, int applicable) {}

    /** Why an applicable indicator has no value in the submitted year. */
    public record MissingReason(String indicator, String reason) {}

    /** One held value. */
    public record Value(
            String indicator,
            @Nullable Double value,
            @Nullable Boolean flag,
            @Nullable String grade,
            @Nullable Map<String, Double> parts,
            @Nullable String source,
            @Nullable String note,
            @Nullable String enteredBy,
            @Nullable Instant enteredAt,
            long version,
            @Nullable String enteredByOrganization) {}
}
