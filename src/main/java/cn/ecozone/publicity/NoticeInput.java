package cn.ecozone.publicity;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice as its issuer drafts it.
 *
 * @param dossierIds the dossiers waiting at the step that the issuer lists, in order, at least one
 * @param issuerName the issuing body's name; the actor's organization when blank
 * @param documentNumber the decision to publicise (e.g. IM step 4), optional
 * @param publishedOn the day of publication, day 1 of the period when it is a working day
 * @param endsOn a later last day where the regulation sets a minimum; {@code null} for the computed one
 * @param wherePublished where it is published; the regulation's words when blank
 */
public record NoticeInput(
        long roundId,
        String stepCode,
        List<Long> dossierIds,
        String title,
        String issuerName,
        String documentNumber,
        LocalDate publishedOn,
        LocalDate endsOn,
        String wherePublished,
        String howToComplain) {

    public NoticeInput {
        dossierIds = dossierIds == null ? List.of() : List.copyOf(dossierIds);
    }
}
