package cn.ecozone.plan;

import cn.ecozone.procedure.RunView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the UI shows it: where it stands, its pinned path, the filing deadline with its
 * explanation (from the run's filing step), the timeline, and its run with what this actor may do
 * (the UI never guesses).
 *
 * @param currentStep the step that waits, or null unless in progress
 * @param issuingDocument the issuing document (印发文件) the current revision's promulgation carried,
 *     or {@code null} (not promulgated yet, or promulgated without one: the file is optional)
 * @param filingExplanation how the filing deadline was counted and, once filed, whether the filing was
 *     on time, in the reader's language, line by line
 * @param filingReceivedOn the date on the filing receipt (备案回执): when the receiving body received
 *     the filing; {@code null} until it acknowledges it
 * @param filingReceivedBy the receiving body that acknowledged the filing
 * @param overdue the filing deadline has passed and the plan is not filed
 * @param texts every version of the plan's text, the first upload first (issue 14 §4), then the issuing
 *     documents of its promulgations; {@code
 *     documentId} is the current one
 * @param timeline every revision's entries, the earliest first: the runs' timelines with the engine's
 *     acts named by the plan's step (e.g. {@code EXAMINED}) and the plan's own entries
 * @param run the current revision's run as this actor sees it: what the actor may do now ({@code
 *     allowedActions}), the deadline and the timeline; null for a plan created before V40 until it
 *     is carried onto the engine
 */
public record PlanView(
        long id,
        String regulationCode,
        int regulationVersion,
        String programme,
        String planKind,
        String subjectRegionCode,
        String subjectRegionName,
        String title,
        int periodStart,
        int periodEnd,
        @Nullable Long documentId,
        @Nullable String documentName,
        List<PlanText> texts,
        int revision,
        PlanState state,
        @Nullable PlanStep currentStep,
        List<PlanStep> steps,
        @Nullable String promulgationBody,
        @Nullable LocalDate promulgatedOn,
        @Nullable String promulgationNumber,
        @Nullable PlanText issuingDocument,
        @Nullable LocalDate filingDue,
        List<String> filingExplanation,
        @Nullable LocalDate filedOn,
        boolean filedLate,
        @Nullable LocalDate filingReceivedOn,
        @Nullable String filingReceivedBy,
        boolean overdue,
        @Nullable String returnReason,
        long version,
        PlanContent content,
        List<Entry> timeline,
        @Nullable RunView run) {

    /**
     * One entry of the timeline.
     *
     * @param documentId the text version the entry saw (or, for {@code ATTACHED}, added)
     * @param textVersion that version's {@link PlanText#number}
     * @param issuingDocumentId for {@code PROMULGATED}, the issuing document the promulgation carried
     */
    public record Entry(
            @Nullable String stepCode,
            String action,
            @Nullable String actorName,
            @Nullable String actorRole,
            Instant at,
            @Nullable String opinion,
            @Nullable String outcome,
            @Nullable Long documentId,
            @Nullable Integer textVersion,
            @Nullable Long issuingDocumentId,
            @Nullable String detail) {}
}
