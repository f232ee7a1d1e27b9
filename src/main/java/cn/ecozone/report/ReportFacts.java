package cn.ecozone.report;

import cn.ecozone.shared.DomainFact;

/** Refusals of the report module named as facts. */
public final class ReportFacts {

    private ReportFacts() {}

    /** The Chinese font the consolidated report's PDF needs is not installed (503). */
    public static final class FontMissing extends DomainFact {
        public FontMissing(String searched) {
            super(Category.UNAVAILABLE, "report.bim.font-missing", null, searched);
        }
    }

    /**
     * The year asked for lies after the title's validity ended (an expired title, not revoked): the annual
     * report is the titled region's duty (IM eco-civ art. 17, IM Two Mountains art. 17, GZ art. 18), so a
     * year after the validity is not reported. The years within it still are.
     */
    public static final class YearAfterValidity extends DomainFact {
        public YearAfterValidity(java.time.LocalDate validUntil, int year, String article) {
            super(Category.CONFLICT, "report.year.after-validity", "year", validUntil.toString(), year, article);
        }
    }
}
