package cn.ecozone.regulation;

import java.util.List;

/** What holds after the title is granted: validity, checks falling due, sanctions. */
public record TitleRules(Validity validity, List<Check> checks, List<Sanction> sanctions) {

    /** {@code years} is {@code null} when the rules state no validity (see the citation's note). */
    public record Validity(Integer years, Citation citation) {}

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
     * A check or report that falls due.
     *
     * @param afterYears due once the title has been held this many full years (满N年); null if not
     * @param everyYears repeats every N years; null if not
     */
    public record Check(
            String code,
            CheckKind kind,
            Body by,
            Body to,
            Integer afterYears,
            Integer everyYears,
            String textZh,
            Citation citation) {}

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
}
