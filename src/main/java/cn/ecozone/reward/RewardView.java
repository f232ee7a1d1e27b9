package cn.ecozone.reward;

import cn.ecozone.regulation.Programme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A reward as the API shows it.
 *
 * @param documentId the attached document, or null
 * @param documentName its file name (in a single view; null in lists)
 * @param history every corrected field, oldest first (in a single view; empty in lists)
 * @param editable whether the asking user may correct it
 */
public record RewardView(
        long id,
        long titleId,
        long candidacyId,
        String regionCode,
        String regionName,
        String subjectName,
        Programme programme,
        BigDecimal amount,
        LocalDate awardedOn,
        String documentNumber,
        String issuingBody,
        @Nullable Long documentId,
        @Nullable String documentName,
        @Nullable String note,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        boolean editable,
        List<Change> history) {

    /** One corrected field: old → new, who, when, why. */
    public record Change(
            String field,
            @Nullable String oldValue,
            @Nullable String newValue,
            String changedBy,
            Instant changedAt,
            @Nullable String reason) {}
}
