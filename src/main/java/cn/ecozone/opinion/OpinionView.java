package cn.ecozone.opinion;

import java.time.Instant;
import java.util.List;

/**
 * An opinion as its page shows it. The JSON names are the contract with the front end (docs/opinion.md).
 *
 * @param sequence 1 for the first opinion of the round, step and body; 2 and on for a supplementary
 *     opinion (补充意见) covering the dossiers that reached the step later or came back to it
 * @param content the generated sections: live from the record while a draft, frozen once issued
 * @param allowedActions what the asking user may do now: {@code EDIT}, {@code REFRESH}, {@code ISSUE},
 *     {@code COMPLETE_STEPS}
 * @param dossiers the covered dossiers with where their runs stand now
 * @param skipped after completing the steps: the covered dossiers waiting at the step that were left
 *     there, with what they lack; empty otherwise
 */
public record OpinionView(
        long id,
        long roundId,
        String stepCode,
        String scopeCode,
        int sequence,
        String title,
        String documentNumber,
        String opening,
        String conclusion,
        OpinionState state,
        OpinionContent content,
        List<Covered> dossiers,
        Long docxDocumentId,
        Long pdfDocumentId,
        String issuedBy,
        Instant issuedAt,
        long version,
        List<String> allowedActions,
        List<Skipped> skipped) {

    /** The same view with the dossiers left at the step by {@code completeSteps}. */
    public OpinionView withSkipped(List<Skipped> left) {
        return new OpinionView(
                id,
                roundId,
                stepCode,
                scopeCode,
                sequence,
                title,
                documentNumber,
                opening,
                conclusion,
                state,
                content,
                dossiers,
                docxDocumentId,
                pdfDocumentId,
                issuedBy,
                issuedAt,
                version,
                allowedActions,
                List.copyOf(left));
    }

    /** A covered dossier and its run's current step ({@code null} when the run is not open). */
    public record Covered(long dossierId, long runId, String subjectName, String currentStepCode) {}

    /** A covered dossier whose step was not completed, and why (the requirements it lacks, in words). */
    public record Skipped(long dossierId, String subjectName, List<String> reasons) {}
}
