package cn.ecozone.opinion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The sections of an opinion generated from the record (issue 12 §4): read live while a draft, frozen at
 * issue. A section is present only where the chain has it before the opinion's step ({@code divisions}:
 * a parallel division examination; {@code panel}: an expert panel; {@code publicity}: a publicity).
 *
 * @param bodyZh the body that forms the opinion (the actor's organization)
 * @param stepNameZh what the step does, from the regulation data
 * @param article the step's article, e.g. 第十五条
 */
public record OpinionContent(
        String bodyZh,
        String roundTitle,
        String stepNameZh,
        String article,
        boolean divisions,
        boolean panel,
        boolean publicity,
        List<Candidacy> candidacies) {

    public OpinionContent {
        candidacies = List.copyOf(candidacies);
    }

    /**
     * One covered dossier's candidacy and what the record says of it.
     *
     * @param programmeZh the programme's name in Chinese
     * @param exclusions the exclusion checks as of the submission (as the dossier page shows them)
     * @param divisionResults the divisions' acts at the division examination, from the run's timeline
     * @param panelResult the expert panel's result, or {@code null} where none is on record
     * @param publicityResult publicity and complaints, or {@code null} where none is on record
     */
    public record Candidacy(
            long dossierId,
            long candidacyId,
            String subjectName,
            String regionName,
            String programmeZh,
            LocalDate submittedOn,
            List<Exclusion> exclusions,
            List<DivisionResult> divisionResults,
            Panel panelResult,
            Publicity publicityResult) {}

    /** One exclusion check: its article, outcome (EXCLUDED, CLEAR, NEEDS_JUDGEMENT; registry.ExclusionOutcome) and why. */
    public record Exclusion(String textZh, String article, String outcome, String explanationZh) {}

    /** A division's act: its name, what it did (ACT or RETURN), the outcome and its opinion. */
    public record DivisionResult(String division, String action, String outcome, String opinion, String actedOn) {}

    /** The panel's aggregated scores and the experts' opinions by alias (专家A), never by name. */
    public record Panel(
            String stepCode,
            boolean closed,
            int expertCount,
            BigDecimal total,
            List<Score> criteria,
            List<ExpertOpinion> opinions,
            String aggregation,
            String aggregationNote) {}

    public record Score(String code, String textZh, BigDecimal aggregated, BigDecimal spread) {}

    public record ExpertOpinion(String alias, String opinion) {}

    /** The publicity notices and what became of the complaints. */
    public record Publicity(
            List<Notice> notices,
            int complaints,
            int open,
            int foundTrue,
            int untrueOrUnsupported,
            int resolved,
            boolean blocking) {}

    public record Notice(String documentNumber, LocalDate from, LocalDate to, String issuerZh) {}
}
