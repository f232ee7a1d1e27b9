package cn.ecozone.dossier;

import cn.ecozone.candidacy.CandidacyState;
import cn.ecozone.registry.ExclusionReport;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.regulation.Programme;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the province's candidacy-and-exclusions overview (issue 11 §2): a candidacy in scope, its
 * latest dossier (null when it has none) and its exclusions as of {@code asOf}, the submission date of
 * a dossier in review, else today (Asia/Shanghai).
 *
 * @param verdicts every verdict of the regulation's exclusion codes, with the records behind each
 */
public record OverviewRow(
        long candidacyId,
        String subjectName,
        String regionCode,
        String regionName,
        Programme programme,
        CandidacyState candidacyState,
        String regulationCode,
        int regulationVersion,
        Long dossierId,
        DossierState dossierState,
        LocalDate submittedOn,
        LocalDate asOf,
        LocalDate windowFrom,
        LocalDate windowTo,
        boolean excluded,
        boolean needsJudgement,
        List<ExclusionVerdict> verdicts) {

    static OverviewRow of(
            cn.ecozone.candidacy.CandidacyView c, DossierSummary d, LocalDate asOf, ExclusionReport report) {
        return new OverviewRow(
                c.id(),
                c.subjectName(),
                c.regionCode(),
                c.regionName(),
                c.programme(),
                c.state(),
                c.regulationCode(),
                c.regulationVersion(),
                d == null ? null : d.id(),
                d == null ? null : d.state(),
                d == null ? null : d.submittedOn(),
                asOf,
                report.windowFrom(),
                report.windowTo(),
                report.excluded(),
                report.needsJudgement(),
                report.verdicts());
    }
}
