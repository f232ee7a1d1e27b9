package cn.ecozone.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One piece of a proposal's evidence: a register record, a check's conclusion, an overdue
 * rectification, or one year of a series.
 *
 * @param source {@code REGISTER}, {@code CHECK}, {@code RECTIFICATION} or {@code SERIES}
 * @param recordId the record's id in its module (null for a year of a series)
 * @param kind the register kind, the check kind or the rectification stage
 * @param summary what the record says, as entered
 * @param year the year of a series value, else null
 * @param value the value of that year, else null
 */
public record Evidence(
        String source,
        @Nullable Long recordId,
        @Nullable String kind,
        @Nullable String summary,
        @Nullable LocalDate occurredOn,
        @Nullable Integer year,
        @Nullable BigDecimal value) {

    public static Evidence record(String source, long id, String kind, String summary, LocalDate occurredOn) {
        return new Evidence(source, id, kind, summary, occurredOn, null, null);
    }
}
