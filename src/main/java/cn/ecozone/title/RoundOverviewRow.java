package cn.ecozone.title;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where one dossier of a round stands (issue 12 §6): its run's waiting step and that step's name and
 * article, its deadline, the days it has waited there, and what the step still lacks on record
 * ({@code blocks}, in the reader's language).
 *
 * @param runState {@code OPEN}, {@code FINISHED} or {@code CANCELLED}
 * @param currentStepCode the waiting step, or {@code null} when the run has ended
 * @param waitingSince the day the waiting step opened (the last act of the run), or {@code null}
 * @param daysWaiting calendar days since {@code waitingSince}, or {@code null}
 * @param titleDocument the naming document when the candidacy holds a title from this round
 * @param receiptNumber the national-platform receipt's number, of the dossier's latest receipt, or null
 * @param receiptFile whether that receipt has an uploaded file ({@code GET
 *     /api/platform-receipts/{dossierId}/document})
 */
public record RoundOverviewRow(
        long dossierId,
        long candidacyId,
        String subjectName,
        String regionCode,
        String regionName,
        String dossierState,
        @Nullable LocalDate submittedOn,
        String runState,
        @Nullable String currentStepCode,
        @Nullable String currentStepNameZh,
        @Nullable String currentStepArticle,
        @Nullable LocalDate due,
        boolean overdue,
        @Nullable LocalDate waitingSince,
        @Nullable Long daysWaiting,
        List<String> blocks,
        @Nullable String titleDocument,
        @Nullable String receiptNumber,
        boolean receiptFile) {}
