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
}
