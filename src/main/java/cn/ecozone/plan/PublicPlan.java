package cn.ecozone.plan;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A promulgated plan as the public column shows it (IM eco-civ art. 8; IM Two Mountains art. 7).
 *
 * @param hasText its text can be downloaded ({@code GET /api/public/plans/{id}/document})
 * @param issuingDocumentId the issuing document (印发文件) its promulgation carried, downloaded with {@code
 *     ?documentId=}; {@code null} when it carried none (the file is optional, ADR 0056)
 * @param issuingDocumentName that file's name
 */
public record PublicPlan(
        long id,
        String title,
        int periodStart,
        int periodEnd,
        int revision,
        PlanState state,
        @Nullable String promulgationBody,
        @Nullable LocalDate promulgatedOn,
        @Nullable String promulgationNumber,
        @Nullable LocalDate filedOn,
        boolean hasText,
        @Nullable Long issuingDocumentId,
        @Nullable String issuingDocumentName) {}
