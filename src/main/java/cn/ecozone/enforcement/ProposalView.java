package cn.ecozone.enforcement;

import cn.ecozone.procedure.RunView;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as its page shows it.
 *
 * @param noteZh the regulation data's note where the sanction is marked uncertain or silent, else null
 * @param allowed the measures a decision may take
 * @param options each allowed measure with the body that decides it and its suggested period
 * @param evidence the triggering records and, for a quality decline, the series by year
 * @param run the run of the proposal's steps as the reader sees it (the deciding body's task)
 */
public record ProposalView(
        long id,
        long titleId,
        long candidacyId,
        String regionCode,
        String regionName,
        String subjectName,
        String programme,
        String regulationCode,
        int regulationVersion,
        String sanctionCode,
        String sanctionText,
        @Nullable String article,
        @Nullable String noteZh,
        List<Measure> allowed,
        List<MeasureOption> options,
        ProposalState state,
        @Nullable Measure measure,
        @Nullable Severity severity,
        @Nullable String reason,
        @Nullable String decidingBody,
        @Nullable String documentNumber,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        Instant openedAt,
        @Nullable Long rectificationId,
        List<Evidence> evidence,
        @Nullable RunView run,
        long version) {

    /**
     * A measure the decision may take.
     *
     * @param body who decides it ({@code PROVINCE_DEPARTMENT}, or {@code MINISTRY}: then the province
     *     records the Ministry's decision with its document number)
     * @param suggestedWorkingDays the data's period for a rectification or warning, else null
     * @param periodNote the note on that period (限定期 not fixed by the rules), else null
     */
    public record MeasureOption(
            Measure measure,
            String body,
            String textZh,
            @Nullable String article,
            @Nullable Integer suggestedWorkingDays,
            @Nullable String periodNote) {}
}
