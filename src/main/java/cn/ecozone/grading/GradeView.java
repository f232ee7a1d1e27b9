package cn.ecozone.grading;

import cn.ecozone.review.CriterionResult;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The committee office's grade of one county's annual evaluation (Xilingol arts. 9, 10).
 *
 * @param total the panel's total (sum of the criteria's aggregated scores, 0–100)
 * @param bandNote the regulation's note on the bands (the seed names none: uncertain), shown with the band
 * @param recommendation {@code MEETS}, {@code NOT_MET} or {@code CANNOT_JUDGE} (art. 10: meets the eco-civ
 *     county/city indicators → recommended first); {@code recommendationNote} says why
 * @param criteria the panel's aggregated score per criterion (aliases only, no names)
 */
public record GradeView(
        int evaluatedYear,
        BigDecimal total,
        String bandCode,
        String bandName,
        @Nullable String bandNote,
        String opinion,
        @Nullable String feedback,
        @Nullable String suggestions,
        String recommendation,
        @Nullable String recommendationNote,
        List<CriterionResult> criteria,
        String gradedBy,
        Instant gradedAt) {

    public GradeView {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }
}
