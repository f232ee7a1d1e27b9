package cn.ecozone.supervision;

import cn.ecozone.indicator.Scorecard;
import cn.ecozone.procedure.RunView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A check with what the province works from and records (issue 13 §2).
 *
 * @param rule the regulation's check rule with its article and note
 * @param editionCode the indicator edition in force on the day the check opened (art. 19), or null
 *     when the regulation names none for the subject's level
 * @param editionNote the regulation's note on the indicators for the subject's level, if any
 * @param checklist the on-site check's checklist: the edition's scorecard of the region for the latest
 *     year; null for a post-evaluation or without an edition
 * @param index the post-evaluation's Two Mountains Index scorecards, one per year since naming (Guizhou
 *     art. 22); empty for an on-site check
 * @param projects the subject's key projects (implementation progress, Guizhou art. 22)
 * @param rectification the regulation's suggested rectification period (限定期), marked uncertain
 * @param mayRecord whether the reader may record findings, evidence and the conclusion now
 */
public record CheckView(
        CheckSummary check,
        Rule rule,
        @Nullable String editionCode,
        @Nullable String editionNote,
        @Nullable Scorecard checklist,
        List<Scorecard> index,
        List<Project> projects,
        List<Finding> findings,
        List<Evidence> evidence,
        @Nullable Conclusion conclusion,
        Suggested rectification,
        @Nullable RunView run,
        boolean mayRecord) {

    /** The rule's text, article and whether the data marks it uncertain, with the note. */
    public record Rule(
            @Nullable String textZh,
            @Nullable String article,
            boolean uncertain,
            @Nullable String noteZh,
            @Nullable Integer delayDays) {}

    public record Finding(
            long id, @Nullable String indicatorCode, String textZh, String recordedBy, Instant recordedAt) {}

    public record Evidence(long documentId, String name, long size, String recordedBy, Instant recordedAt) {}

    public record Project(
            long id,
            String name,
            @Nullable String status,
            @Nullable Integer startYear,
            @Nullable Integer endYear,
            @Nullable String investment) {}

    /** The recorded conclusion; null while the check is open. */
    public record Conclusion(
            boolean problemsFound,
            boolean falsificationFound,
            @Nullable Integer rectificationWorkingDays,
            String textZh,
            java.time.LocalDate concludedOn,
            String concludedBy) {}

    public record Suggested(
            @Nullable Integer workingDays,
            @Nullable String article,
            boolean uncertain,
            @Nullable String noteZh) {}
}
