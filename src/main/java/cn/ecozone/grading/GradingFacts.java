package cn.ecozone.grading;

import cn.ecozone.shared.DomainFact;

/** The refusals of the annual evaluation, named as facts. None changes anything. */
public final class GradingFacts {

    private GradingFacts() {}

    /** No annual evaluation (a submitted dossier of a graded chain) with this id in the actor's scope. */
    public static final class EvaluationNotFound extends DomainFact {
        public EvaluationNotFound(long dossierId) {
            super(Category.NOT_FOUND, "grading.evaluation.not-found", null, dossierId);
        }
    }

    /** The reader's region has no regulation with graded annual evaluation (only Xilingol's has). */
    public static final class NoGradedEvaluation extends DomainFact {
        public NoGradedEvaluation() {
            super(Category.NOT_FOUND, "grading.no-evaluation", null);
        }
    }

    /**
     * The expert panel has not closed on the dossier's current visit of the panel step: the grade needs
     * its result ({@code PANEL_CLOSED}, art. 9 专家评审 before 综合评议).
     */
    public static final class PanelNotClosed extends DomainFact {
        public PanelNotClosed(String stepCode) {
            super(Category.CONFLICT, "grading.panel-not-closed", null, "PANEL_CLOSED", stepCode);
        }
    }

    /** The dossier does not wait at the grading step (returned, withdrawn or elsewhere). */
    public static final class NotAtGrading extends DomainFact {
        public NotAtGrading(String currentStep) {
            super(Category.CONFLICT, "grading.not-at-step", null, currentStep == null ? "—" : currentStep);
        }
    }

    /** A grade is on record for this visit already; two at once: one wins. */
    public static final class AlreadyGraded extends DomainFact {
        public AlreadyGraded() {
            super(Category.CONFLICT, "grading.already-graded", null);
        }
    }

    /** No region of the year is graded yet: a report would be empty. */
    public static final class NothingGraded extends DomainFact {
        public NothingGraded(int year) {
            super(Category.UNPROCESSABLE, "grading.report.nothing-graded", "year", year);
        }
    }

    /** No report of the year has been generated. */
    public static final class ReportNotFound extends DomainFact {
        public ReportNotFound(int year) {
            super(Category.NOT_FOUND, "grading.report.not-found", null, year);
        }
    }

    /** The Chinese font for the PDF is not installed (ADR 0031); the platform runs, the report waits. */
    public static final class FontMissing extends DomainFact {
        public FontMissing(String where) {
            super(Category.UNAVAILABLE, "grading.report.font-missing", null, where);
        }
    }
}
