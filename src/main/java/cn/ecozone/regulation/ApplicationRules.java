package cn.ecozone.regulation;

import cn.ecozone.calendar.Counting;
import cn.ecozone.region.RegionLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** How a subject applies for the title (or, for Xilingol, is evaluated each year). */
public record ApplicationRules(
        Window window,
        List<Chain> chains,
        List<Material> materials,
        List<Rule> eligibility,
        Exclusions exclusions,
        Review review,
        List<Publicity> publicity,
        Set<String> automaticEligibility) {

    public enum WindowKind {
        /** Each round follows the Ministry's selection call; no fixed month. */
        PER_MINISTRY_CALL,
        /** 每年上半年. */
        FIRST_HALF_OF_YEAR,
        /** Every year, month not stated. */
        YEARLY
    }

    /**
     * When applications are taken. {@code yearly} is set for a window that recurs each year between two
     * calendar days in a zone (Guizhou art. 11: 1 January to 30 June, Asia/Shanghai); {@code null}
     * where rounds are opened by hand ({@link WindowKind#PER_MINISTRY_CALL}).
     */
    public record Window(WindowKind kind, String textZh, Citation citation, YearlyPeriod yearly) {}

    /** Each year from {@code opens} to {@code closes}, both included, in {@code zone}. */
    public record YearlyPeriod(java.time.MonthDay opens, java.time.MonthDay closes, java.time.ZoneId zone) {}

    /**
     * The tolerance applied to an approximate number of the rules (左右), in percent either way,
     * with its own citation (usually uncertain: the rules give no tolerance).
     */
    public record Tolerance(int percent, Citation citation) {}

    /** The submission chain for a subject level: who submits to whom, in order. */
    public record Chain(RegionLevel subjectLevel, List<Step> steps) {

        public Optional<Step> step(String code) {
            return steps.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }

    /**
     * A required material. The numbers are the rules' own approximations (左右) or minimums (以上);
     * {@code null} when the rules give none. {@code fromPlan}: the subject's plan in force, held by the
     * plan module, stands for it (IM eco-civ art. 10(一)).
     */
    public record Material(
            String code,
            String nameZh,
            String ruleZh,
            Integer approxCharacters,
            Integer minCount,
            Integer approxSizeMb,
            Citation citation,
            Tolerance tolerance,
            boolean fromPlan) {

        /** What the subject hands in: a text typed in, photos, or documents. */
        public MaterialKind kind() {
            if (approxCharacters != null) {
                return MaterialKind.TEXT;
            }
            return minCount != null || approxSizeMb != null ? MaterialKind.PHOTOS : MaterialKind.DOCUMENTS;
        }
    }

    /** How a material is handed in, read from its rules: a character count, a photo count, or neither. */
    public enum MaterialKind {
        TEXT,
        PHOTOS,
        DOCUMENTS
    }

    /** An eligibility condition, exclusion, review criterion or similar rule stated in words. */
    public record Rule(String code, String textZh, Citation citation) {}

    /**
     * Conditions that exclude an application if they occurred within the look-back years.
     *
     * @param window how the look-back window is counted from the as-of date (null when silent)
     * @param parameters what each item's words mean in register terms (levels, categories, …), by item
     * @param settings thresholds the regulation does not give, which the province sets (e.g. 办结率低)
     */
    public record Exclusions(
            Integer lookBackYears,
            Citation citation,
            List<Rule> items,
            WindowRule window,
            List<ExclusionParameter> parameters,
            List<ExclusionSetting> settings) {

        /** The parameter {@code key} of exclusion {@code item}, if the file gives it. */
        public Optional<ExclusionParameter> parameter(String item, String key) {
            return parameters.stream()
                    .filter(p -> p.item().equals(item) && p.key().equals(key))
                    .findFirst();
        }

        /** The province settings of exclusion {@code item}, in file order. */
        public List<ExclusionSetting> settingsOf(String item) {
            return settings.stream().filter(s -> s.item().equals(item)).toList();
        }
    }

    /** The rule by which "近N年" becomes a window of dates, in words, with its citation. */
    public record WindowRule(String textZh, Citation citation) {}

    /**
     * A reading of an exclusion's words in register terms, e.g. {@code incident_levels = MAJOR,
     * ESPECIALLY_MAJOR} for 重、特大.
     *
     * @param item the exclusion code
     * @param values the codes or texts the parameter stands for (at least one)
     */
    public record ExclusionParameter(String item, String key, List<String> values, String textZh, Citation citation) {}

    /**
     * A threshold the regulation does not give, which the province sets (省级设定，非规程规定). Until it is
     * set the check answers "needs judgement".
     *
     * @param item the exclusion code
     * @param unit {@code PERCENT} or {@code COUNT}
     * @param suggested the value the platform suggests, never applied until the province sets one
     * @param min the smallest value allowed
     * @param max the largest value allowed
     */
    public record ExclusionSetting(
            String item,
            String key,
            String textZh,
            String unit,
            java.math.BigDecimal suggested,
            java.math.BigDecimal min,
            java.math.BigDecimal max,
            Citation citation) {}

    public enum ReviewMethod {
        /** 专家评审赋分 against criteria; how scores are combined is not stated. */
        EXPERT_SCORING,
        /** 资料审核和实地核查 by the department with experts, then 择优遴选. */
        DOCUMENT_REVIEW_AND_SITE_CHECK,
        /** 专家评审、综合评议, results graded (分等次). */
        GRADED_EVALUATION
    }

    /**
     * How dossiers are reviewed.
     *
     * @param scoring how experts score and how the scores are combined; {@code null} where the data
     *     says nothing (no panel can be scored then)
     * @param recusal who may not review whom; {@code null} where the data says nothing
     */
    public record Review(
            ReviewMethod method,
            String textZh,
            Citation citation,
            List<Rule> criteria,
            Scoring scoring,
            Recusal recusal,
            Grading grading) {

        public Review(ReviewMethod method, String textZh, Citation citation, List<Rule> criteria) {
            this(method, textZh, citation, criteria, null, null, null);
        }

        public Review(
                ReviewMethod method,
                String textZh,
                Citation citation,
                List<Rule> criteria,
                Scoring scoring,
                Recusal recusal) {
            this(method, textZh, citation, criteria, scoring, recusal, null);
        }
    }

    /**
     * Grades (等次) of a graded evaluation (Xilingol art. 10), highest first: a total score gets the first
     * band whose {@code minScore} it reaches (89.99 → 良好, 90 → 优秀 with the shipped bands).
     *
     * @param bands ordered by {@code minScore} descending; the last one's minimum is 0
     */
    public record Grading(List<Band> bands, Citation citation) {

        public Grading {
            bands = List.copyOf(bands);
        }

        /** The band {@code score} falls in. */
        public Band gradeOf(java.math.BigDecimal score) {
            for (Band band : bands) {
                if (score.compareTo(band.minScore()) >= 0) {
                    return band;
                }
            }
            return bands.getLast();
        }
    }

    /** One grade: its code (e.g. {@code EXCELLENT}), Chinese name and the lowest total it takes. */
    public record Band(String code, String nameZh, java.math.BigDecimal minScore) {}

    /** How the scores of a panel are combined. */
    public enum Aggregation {
        /** The mean of every expert's score. */
        MEAN,
        /** The mean without one highest and one lowest score, once {@code trimFrom} experts scored; else the mean. */
        TRIMMED_MEAN
    }

    /**
     * The scoring of each criterion by each expert, and how the panel's result is formed.
     *
     * @param maxPerCriterion the top of each criterion's scale (0 to this, whole or half points)
     * @param trimFrom for {@link Aggregation#TRIMMED_MEAN}: how many scores at least before the highest
     *     and lowest are dropped
     * @param spreadThreshold a criterion whose scores spread (max − min) more than this needs a written
     *     reconciliation before the panel closes
     */
    public record Scoring(
            java.math.BigDecimal maxPerCriterion,
            Aggregation aggregation,
            int trimFrom,
            java.math.BigDecimal spreadThreshold,
            Citation citation) {}

    /**
     * Recusal (回避): the automatic conflict rules' parameters.
     *
     * @param lookBackYears how far back an expert's employment by the applicant's government, its
     *     departments or its plan's consultancy counts
     */
    public record Recusal(int lookBackYears, Citation citation) {}

    /**
     * A publicity period.
     *
     * @param minimum {@code true} for 不少于 N 个工作日 (longer allowed)
     * @param complaintsDelegableTo the body to which the investigating body may hand a complaint's
     *     investigation, placed relative to the subject (Guizhou art. 15: the province department "或委托"
     *     the municipal ecology bureau), or {@code null}
     */
    public record Publicity(
            String code,
            Body by,
            String whereZh,
            int workingDays,
            boolean minimum,
            Counting counting,
            Body complaintsInvestigatedBy,
            Citation citation,
            ComplaintDeadline complaintDeadline,
            Body complaintsDelegableTo) {

        public Publicity(
                String code,
                Body by,
                String whereZh,
                int workingDays,
                boolean minimum,
                Counting counting,
                Body complaintsInvestigatedBy,
                Citation citation) {
            this(code, by, whereZh, workingDays, minimum, counting, complaintsInvestigatedBy, citation, null, null);
        }

        public Publicity(
                String code,
                Body by,
                String whereZh,
                int workingDays,
                boolean minimum,
                Counting counting,
                Body complaintsInvestigatedBy,
                Citation citation,
                ComplaintDeadline complaintDeadline) {
            this(
                    code,
                    by,
                    whereZh,
                    workingDays,
                    minimum,
                    counting,
                    complaintsInvestigatedBy,
                    citation,
                    complaintDeadline,
                    null);
        }
    }

    /**
     * How long an investigation of a complaint may take: a province setting (the seeds set none), with
     * the value suggested until the province sets it.
     */
    public record ComplaintDeadline(int suggestedWorkingDays, Citation citation) {}
}
