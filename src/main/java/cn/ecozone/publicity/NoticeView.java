package cn.ecozone.publicity;

import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Role;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notice as its issuer and the staff in scope see it, with each listed dossier's block.
 *
 * @param explanation the period's working-day explanation in the reader's language, one sentence a line
 * @param ended whether today (Beijing) is after the last day, so that the step may be completed
 * @param uncertainNote the regulation's note where it marks the period uncertain, else {@code null}
 */
public record NoticeView(
        long id,
        long roundId,
        String stepCode,
        String publicityCode,
        Programme programme,
        String regionCode,
        Role issuerRole,
        String issuerName,
        String title,
        @Nullable String documentNumber,
        LocalDate publishedOn,
        LocalDate endsOn,
        LocalDate minimumEndsOn,
        int workingDays,
        boolean minimum,
        List<String> explanation,
        String wherePublished,
        String howToComplain,
        NoticeState state,
        @Nullable String correction,
        boolean open,
        boolean ended,
        @Nullable String article,
        @Nullable String uncertainNote,
        List<Entry> entries,
        long version) {

    /**
     * A listed dossier and what blocks it.
     *
     * @param currentStepCode where its run waits now, {@code null} when it is not open
     * @param opening the step opening the notice lists it for ({@code null} on a legacy duplicate)
     * @param current whether the run waits at the notice's step in that opening, so that this notice
     *     completes it; {@code false} once it moved on, or was returned and brought back (a new notice
     *     publicises the new visit)
     * @param blockingComplaintId the internal number of the first blocking complaint, else {@code null}
     *     (never its tracking number, the complainant's credential)
     * @param blockingState that complaint's state, {@code FOUND} when found true
     */
    public record Entry(
            long dossierId,
            long candidacyId,
            String regionCode,
            String regionName,
            String subjectName,
            @Nullable String currentStepCode,
            @Nullable Integer opening,
            boolean current,
            int complaints,
            boolean blocking,
            @Nullable Long blockingComplaintId,
            @Nullable ComplaintState blockingState) {}
}
