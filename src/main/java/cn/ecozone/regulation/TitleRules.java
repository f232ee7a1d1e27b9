package cn.ecozone.regulation;

import cn.ecozone.region.RegionLevel;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * What holds after the title is granted (issue 13): validity, the 满N年 rule, checks and reports falling
 * due with the paths they run on, sanctions, the enforcement chain (proposal, rectification, warning,
 * revocation) and further duties (rewards, the archive). Versions written before issue 13 have no
 * anniversary, no paths, no enforcement and no duties: those parts are {@code null} or empty.
 *
 * @param anniversary how 满N年 is counted from the naming date; {@code null} in older versions
 * @param enforcement the chain from a proposal to revocation; {@code null} when the version has none
 * @param duties e.g. {@code REWARD} (资金奖励) and {@code ARCHIVE} (创建工作档案); empty when none
 */
public record TitleRules(
        Validity validity,
        Anniversary anniversary,
        List<Check> checks,
        List<Sanction> sanctions,
        Enforcement enforcement,
        List<PlanRules.Duty> duties) {

    public TitleRules {
        checks = checks == null ? List.of() : List.copyOf(checks);
        sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
        duties = duties == null ? List.of() : List.copyOf(duties);
    }

    /** The rules of a version written before issue 13. */
    public TitleRules(Validity validity, List<Check> checks, List<Sanction> sanctions) {
        this(validity, null, checks, sanctions, null, List.of());
    }

    public Optional<Check> check(String code) {
        return checks.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public List<Check> checks(CheckKind kind) {
        return checks.stream().filter(c -> c.kind() == kind).toList();
    }

    public Optional<PlanRules.Duty> duty(String code) {
        return duties.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** {@code years} is {@code null} when the rules state no validity (see the citation's note). */
    public record Validity(Integer years, Citation citation) {}

    /** How the day a title has been held N full years (满N年) is found from its naming date. */
    public enum AnniversaryRule {
        /**
         * The same calendar date N years later; where that year has no such date (29 February), the last
         * day of the month (民法典 第二百零二条: 没有对应日的，月末日为期间的最后一日).
         */
        SAME_DATE_OR_MONTH_END;

        /** The day a title named on {@code namedOn} has been held {@code years} full years. */
        public LocalDate reached(LocalDate namedOn, int years) {
            // LocalDate.plusYears keeps the day of month, or takes the month's last valid day (29 Feb → 28 Feb)
            return namedOn.plusYears(years);
        }
    }

    /** The 满N年 rule with its source. */
    public record Anniversary(AnniversaryRule rule, String textZh, Citation citation) {

        public LocalDate reached(LocalDate namedOn, int years) {
            return rule.reached(namedOn, years);
        }
    }

    public enum CheckKind {
        /** 年度工作进展 / 年度工作总结. */
        ANNUAL_REPORT,
        /** 现场核查. */
        SITE_CHECK,
        /** 后评估. */
        POST_EVALUATION,
        /** 年度评估 with a self-assessment (Xilingol). */
        ANNUAL_EVALUATION
    }

    /**
     * The day in the year a yearly report is due (e.g. 03-31 for the previous year's report), with the
     * source. The seeds give no date ("按要求", "定期"), so the shipped value is a suggestion marked silent
     * or uncertain, which the province may replace.
     */
    public record Due(MonthDay monthDay, Citation citation) {}

    /**
     * A check or report that falls due.
     *
     * @param afterYears due once the title has been held this many full years (满N年); null if not
     * @param everyYears repeats every N years; null if not
     * @param due the day in the year a yearly report is due; {@code null} when not yearly or not stated
     * @param paths the steps the check runs on, per subject level; empty in versions before issue 13
     */
    public record Check(
            String code,
            CheckKind kind,
            Body by,
            Body to,
            Integer afterYears,
            Integer everyYears,
            String textZh,
            Citation citation,
            Due due,
            List<PlanRules.Path> paths) {

        public Check {
            paths = paths == null ? List.of() : List.copyOf(paths);
        }

        /** A check of a version written before issue 13: no due day, no paths. */
        public Check(
                String code,
                CheckKind kind,
                Body by,
                Body to,
                Integer afterYears,
                Integer everyYears,
                String textZh,
                Citation citation) {
            this(code, kind, by, to, afterYears, everyYears, textZh, citation, null, List.of());
        }

        /** The path a subject at {@code level} takes for this check. */
        public Optional<PlanRules.Path> path(RegionLevel level) {
            return paths.stream().filter(p -> p.subjectLevel() == level).findFirst();
        }
    }

    public enum Consequence {
        /** 督促整改. */
        RECTIFICATION_URGED,
        /** 限期整改. */
        RECTIFICATION_ORDERED,
        /** 警告或撤销称号, by severity. */
        WARNING_OR_REVOCATION,
        /** 反馈结果并提出改进建议. */
        FEEDBACK
    }

    public record Sanction(String code, Consequence consequence, Body by, String textZh, Citation citation) {}

    /**
     * A period the deciding body sets per case (限定期); the rules give no number, so the shipped
     * {@code suggestedWorkingDays} is data marked silent or uncertain, used until the province sets its own.
     */
    public record Period(int suggestedWorkingDays, Citation citation) {}

    /**
     * A measure after a proposal: who decides it and, for a rectification or a warning, the period the
     * subject is given.
     *
     * @param period {@code null} when the measure sets no period (revocation)
     */
    public record Measure(Body by, String textZh, Period period, Citation citation) {}

    /**
     * The chain after the title (issue 13 §3): a proposal opened from evidence is decided by a person
     * ({@code proposal}, its steps), a rectification order runs on {@code rectification} (the subject
     * reports, the body accepts or returns) within its period, an overdue rectification leads to a
     * warning, and a warning not answered to revocation.
     */
    public record Enforcement(
            List<Step> proposal,
            Measure rectificationOrder,
            List<Step> rectification,
            Measure warning,
            Measure revocation) {

        public Enforcement {
            proposal = List.copyOf(proposal);
            rectification = List.copyOf(rectification);
        }
    }
}
