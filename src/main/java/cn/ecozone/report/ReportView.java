package cn.ecozone.report;

import cn.ecozone.procedure.RunView;
import cn.ecozone.regulation.Programme;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One annual report as its readers see it.
 *
 * @param article the article that requires the report (e.g. 第十七条)
 * @param dueFromSetting whether the due day is the province's own; else the regulation's suggestion
 * @param dueNote the regulation's note on the due day (silent/uncertain), shown with the date
 * @param scorecardEdition the indicator edition the subject's level is judged by; {@code null} where the
 *     regulation names none (then {@code scorecardNote} says so)
 * @param scorecard the scorecard frozen at the last submission, {@code null} before it
 * @param projects the key projects with their status, frozen at the last submission
 * @param returnReason the reason of the last return while the report is back with the subject
 */
public record ReportView(
        long id,
        long titleId,
        String regionCode,
        String regionName,
        String subjectName,
        Programme programme,
        String regulationCode,
        int regulationVersion,
        String checkCode,
        @Nullable String article,
        int year,
        LocalDate dueOn,
        boolean dueFromSetting,
        @Nullable String dueNote,
        @Nullable String text,
        @Nullable String progress,
        @Nullable String scorecardEdition,
        @Nullable String scorecardNote,
        @Nullable JsonNode scorecard,
        @Nullable JsonNode projects,
        @Nullable Instant frozenAt,
        List<Attachment> attachments,
        ReportState state,
        @Nullable String currentStep,
        @Nullable String returnReason,
        boolean editable,
        Instant updatedAt,
        long version,
        RunView run) {

    public record Attachment(long documentId, String name, Instant attachedAt) {}
}
