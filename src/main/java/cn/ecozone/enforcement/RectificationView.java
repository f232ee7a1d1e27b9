package cn.ecozone.enforcement;

import cn.ecozone.procedure.RunView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rectification as its page shows it.
 *
 * @param stage {@code RECTIFICATION} (the order) or {@code WARNING} (the period after a warning)
 * @param origin {@code PROPOSAL} or the kind of check whose conclusion ordered it
 * @param periodNote the data's note when the period is its suggestion (限定期 not fixed by the rules)
 * @param dueExplanation how the due date was counted in working days, one sentence per line
 * @param reportedOn the day the subject reported, while the report awaits the department (the
 *     subject's deadline is stopped meanwhile)
 * @param documents the documents uploaded for the report, the earliest first
 */
public record RectificationView(
        long id,
        long titleId,
        long candidacyId,
        String regionCode,
        String regionName,
        String subjectName,
        String regulationCode,
        int regulationVersion,
        Measure stage,
        String origin,
        @Nullable Long proposalId,
        @Nullable Long checkId,
        @Nullable String textZh,
        int workingDays,
        @Nullable String periodArticle,
        @Nullable String periodNote,
        LocalDate orderedOn,
        @Nullable LocalDate dueOn,
        List<String> dueExplanation,
        RectificationState state,
        @Nullable String report,
        @Nullable LocalDate reportedOn,
        boolean awaitingAcceptance,
        List<Document> documents,
        @Nullable String orderedBy,
        Instant createdAt,
        @Nullable RunView run,
        long version) {

    /** A document uploaded for the rectification report, downloaded by whoever may read the rectification. */
    public record Document(long id, String name, String uploadedBy, Instant uploadedAt) {}
}
