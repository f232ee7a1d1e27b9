package cn.ecozone.regulation;

import java.util.List;

/**
 * The selection of typical cases (典型案例遴选), where a regulation has one (Xilingol 第12–14条):
 * how often, the flow (recommend → review → publish), the criteria and who may recommend.
 *
 * @param everyYears the selection repeats every N years; {@code null} if not stated
 * @param recommenders who may recommend (the RECOMMEND step's subject); {@code null}: any subject government
 *     of the jurisdiction, as before the data said
 */
public record TypicalCaseRules(
        Integer everyYears,
        String textZh,
        Citation citation,
        List<Step> steps,
        List<ApplicationRules.Rule> criteria,
        Recommenders recommenders) {

    /** Which subjects recommend cases, with the article that says so. */
    public enum RecommenderScope {
        /** Any banner or county (or league) government of the jurisdiction, titled or not (Xilingol 第13条). */
        ANY_SUBJECT,
        /** Only a region that holds the programme's title now (GZ 第十七条, IM Two Mountains 第十五条). */
        TITLED
    }

    /** Who recommends ({@code typical_cases.recommenders}). */
    public record Recommenders(RecommenderScope who, String textZh, Citation citation) {}

    /** Who recommends: the data's, else any subject government. */
    public RecommenderScope recommenderScope() {
        return recommenders == null ? RecommenderScope.ANY_SUBJECT : recommenders.who();
    }
}
