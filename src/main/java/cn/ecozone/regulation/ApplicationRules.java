package cn.ecozone.regulation;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import java.util.List;

/** How a subject applies for the title (or, for Xilingol, is evaluated each year). */
public record ApplicationRules(
        Window window,
        List<Chain> chains,
        List<Material> materials,
        List<Rule> eligibility,
        Exclusions exclusions,
        Review review,
        List<Publicity> publicity) {

    public enum WindowKind {
        /** Each round follows the Ministry's selection call; no fixed month. */
        PER_MINISTRY_CALL,
        /** 每年上半年. */
        FIRST_HALF_OF_YEAR,
        /** Every year, month not stated. */
        YEARLY
    }

    public record Window(WindowKind kind, String textZh, Citation citation) {}

    /** The submission chain for a subject level: who submits to whom, in order. */
    public record Chain(RegionLevel subjectLevel, List<Step> steps) {}

    /**
     * A required material. The numbers are the rules' own approximations (左右) or minimums (以上);
     * {@code null} when the rules give none.
     */
    public record Material(
            String code,
            String nameZh,
            String ruleZh,
            Integer approxCharacters,
            Integer minCount,
            Integer approxSizeMb,
            Citation citation) {}

    /** An eligibility condition, exclusion, review criterion or similar rule stated in words. */
    public record Rule(String code, String textZh, Citation citation) {}

    /** Conditions that exclude an application if they occurred within the look-back years. */
    public record Exclusions(Integer lookBackYears, Citation citation, List<Rule> items) {}

    public enum ReviewMethod {
        /** 专家评审赋分 against criteria; how scores are combined is not stated. */
        EXPERT_SCORING,
        /** 资料审核和实地核查 by the department with experts, then 择优遴选. */
        DOCUMENT_REVIEW_AND_SITE_CHECK,
        /** 专家评审、综合评议, results graded (分等次). */
        GRADED_EVALUATION
    }

    public record Review(ReviewMethod method, String textZh, Citation citation, List<Rule> criteria) {}

    /**
     * A publicity period.
     *
     * @param minimum {@code true} for 不少于 N 个工作日 (longer allowed)
     */
    public record Publicity(
            String code,
            Body by,
            String whereZh,
            int workingDays,
            boolean minimum,
            Counting counting,
            Body complaintsInvestigatedBy,
            Citation citation) {}
}
