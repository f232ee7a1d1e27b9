package cn.ecozone.enforcement;

import cn.ecozone.shared.DomainFact;
import java.util.List;

/** The refusals of enforcement, named as facts. None changes anything. */
public final class EnforcementFacts {

    private EnforcementFacts() {}

    /** No such proposal, or outside the actor's scope. */
    public static final class ProposalNotFound extends DomainFact {
        public ProposalNotFound() {
            super(Category.NOT_FOUND, "enforcement.proposal.not-found", null);
        }
    }

    /** No such rectification, or outside the actor's scope. */
    public static final class RectificationNotFound extends DomainFact {
        public RectificationNotFound() {
            super(Category.NOT_FOUND, "enforcement.rectification.not-found", null);
        }
    }

    /** The proposal was decided already (by someone else, or earlier): nothing changes. */
    public static final class AlreadyDecided extends DomainFact {
        public AlreadyDecided() {
            super(Category.CONFLICT, "enforcement.proposal.already-decided", null);
        }
    }

    /** The version the actor saw is not the current one: someone acted first. */
    public static final class Stale extends DomainFact {
        public Stale() {
            super(Category.CONFLICT, "error.conflict.stale", null);
        }
    }

    /** Dismissing a proposal needs a reason. */
    public static final class ReasonNeeded extends DomainFact {
        public ReasonNeeded() {
            super(Category.INVALID, "enforcement.decision.reason-needed", "reason");
        }
    }

    /** A measure needs its severity (情节轻重). */
    public static final class SeverityNeeded extends DomainFact {
        public SeverityNeeded() {
            super(Category.INVALID, "enforcement.decision.severity-needed", "severity");
        }
    }

    /** The sanction does not allow this measure (e.g. revocation for a rectification-urged condition). */
    public static final class MeasureNotAllowed extends DomainFact {
        public MeasureNotAllowed(String allowed) {
            super(Category.INVALID, "enforcement.decision.measure-not-allowed", "measure", allowed);
        }
    }

    /** A rectification period outside 1 to 250 working days. */
    public static final class PeriodOutOfRange extends DomainFact {
        public PeriodOutOfRange() {
            super(
                    Category.INVALID,
                    "enforcement.decision.period-out-of-range",
                    "workingDays",
                    1,
                    cn.ecozone.supervision.CheckConcluded.MAX_RECTIFICATION_WORKING_DAYS);
        }
    }

    /** The Ministry decides this measure: the province records its decision with the document number. */
    public static final class DocumentNeeded extends DomainFact {
        public DocumentNeeded() {
            super(Category.INVALID, "enforcement.decision.document-needed", "documentNumber");
        }
    }

    /** A text longer than allowed. */
    public static final class TooLong extends DomainFact {
        public TooLong(String field, int max) {
            super(Category.INVALID, "enforcement.too-long", field, max);
        }
    }

    /** A rectification report needs its text. */
    public static final class ReportNeeded extends DomainFact {
        public ReportNeeded() {
            super(Category.INVALID, "enforcement.rectification.report-needed", "report");
        }
    }

    /** Only an overdue rectification is escalated by a decision; a completed or escalated one is not. */
    public static final class NotOverdue extends DomainFact {
        public NotOverdue() {
            super(Category.CONFLICT, "enforcement.rectification.not-overdue", null);
        }
    }

    /** The rectification was completed or escalated: nobody reports, uploads or accepts any more. */
    public static final class RectificationClosed extends DomainFact {
        public RectificationClosed() {
            super(Category.CONFLICT, "enforcement.rectification.closed", null);
        }
    }

    /** A report names documents that were not uploaded for this rectification. */
    public static final class ForeignDocuments extends DomainFact {
        public ForeignDocuments(List<Long> ids) {
            super(
                    Category.INVALID,
                    "enforcement.rectification.foreign-documents",
                    "documentIds",
                    String.join("、", ids.stream().map(String::valueOf).toList()));
        }
    }
}
