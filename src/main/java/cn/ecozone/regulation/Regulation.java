package cn.ecozone.regulation;

import cn.ecozone.region.RegionLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of the rules of one programme in one jurisdiction, as shipped in
 * {@code regulations/*.yaml} (format: {@code docs/regulations.md}). A candidacy is pinned to
 * {@code code} + {@code version}. Every rule carries its {@link Citation}.
 *
 * @param jurisdiction the division code of the region whose rules these are, e.g. {@code 150000}
 * @param inForce the date the rules took effect; {@code null} when the source does not give one
 * @param typicalCases {@code null} when the regulation has no typical-case selection
 * @param indicators the indicator edition used, per subject level
 */
public record Regulation(
        String code,
        int version,
        RegulationStatus status,
        Programme programme,
        String jurisdiction,
        String titleZh,
        String issuerZh,
        String documentZh,
        LocalDate inForce,
        Citation inForceCitation,
        String source,
        Who who,
        PlanRules plan,
        ApplicationRules application,
        TitleRules title,
        TypicalCaseRules typicalCases,
        List<IndicatorRule> indicators) {

    /** Who may take part: subject levels, other subjects and construction units. */
    public record Who(List<SubjectLevel> subjectLevels, List<OtherSubject> otherSubjects, List<Unit> units) {}

    public record SubjectLevel(RegionLevel level, String nameZh, Citation citation) {}

    public record OtherSubject(String nameZh, Citation citation) {}

    public record Unit(UnitKind kind, String nameZh, Citation citation) {}

    /**
     * The indicator edition a subject level is judged by; {@code edition} is null where none is shipped.
     *
     * @param years how many years before the application an application's indicator snapshot covers (近3年)
     * @param allMetRequired whether an application is blocked unless every binding indicator is met in
     *     each of those years (IM eco-civ art. 10(三))
     * @param blocksWithoutEdition whether an application is blocked where no edition is shipped
     */
    public record IndicatorRule(
            RegionLevel subjectLevel,
            String edition,
            String textZh,
            Citation citation,
            int years,
            boolean allMetRequired,
            boolean blocksWithoutEdition) {}

    /** The summary shown in lists. */
    public RegulationSummary summary() {
        return new RegulationSummary(code, version, status, programme, jurisdiction, inForce, titleZh);
    }

    /** The plan path for a subject level, if the regulation has one. */
    public Optional<PlanRules.Path> planPath(RegionLevel subjectLevel) {
        return plan.paths().stream()
                .filter(p -> p.subjectLevel() == subjectLevel)
                .findFirst();
    }

    /** The application chain for a subject level, if the regulation has one. */
    public Optional<ApplicationRules.Chain> applicationChain(RegionLevel subjectLevel) {
        return application.chains().stream()
                .filter(c -> c.subjectLevel() == subjectLevel)
                .findFirst();
    }

    /** The indicator rule for a subject level, if any. */
    public Optional<IndicatorRule> indicatorsFor(RegionLevel subjectLevel) {
        return indicators.stream().filter(i -> i.subjectLevel() == subjectLevel).findFirst();
    }
}
