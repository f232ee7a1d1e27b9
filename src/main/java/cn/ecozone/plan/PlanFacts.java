package cn.ecozone.plan;

import cn.ecozone.shared.DomainFact;

/**
 * The refusals of the plan path, named as facts (issue 9 §4). Each is thrown before anything changes;
 * {@code shared.web.ProblemHandler} maps its category to the HTTP status in the one place.
 */
public final class PlanFacts {

    private PlanFacts() {}

    /** No such plan, or it lies outside the actor's data scope. */
    public static final class PlanNotFound extends DomainFact {
        public PlanNotFound(long id) {
            super(Category.NOT_FOUND, "error.plan.not-found", null, id);
        }
    }

    /** The plan has no text to download. */
    public static final class NoTextAttached extends DomainFact {
        public NoTextAttached() {
            super(Category.NOT_FOUND, "error.plan.document-missing", null);
        }
    }

    /**
     * The actor takes no step of the plan's path, or not the one asked for. Checked before every
     * state check (issue 8, 等保2.0 8.1.4.2), so that a refusal never tells an outsider the state.
     */
    public static final class NotTheActor extends DomainFact {
        public NotTheActor() {
            super(Category.REFUSED, "error.plan.not-actor", null);
        }
    }

    /** The actor's region lies outside the jurisdiction of the regulation that applies. */
    public static final class OutsideJurisdiction extends DomainFact {
        public OutsideJurisdiction(String regulationTitle) {
            super(Category.REFUSED, "error.plan.outside-jurisdiction", null, regulationTitle);
        }
    }

    /** The regulation has no plan path for the subject's level. */
    public static final class NoPlanPath extends DomainFact {
        public NoPlanPath(String regulationTitle, String level) {
            super(Category.UNPROCESSABLE, "error.plan.no-path", "regulation", regulationTitle, level);
        }
    }

    /** The plan changed since the actor read it (or no version was given). */
    public static final class StaleVersion extends DomainFact {
        public StaleVersion() {
            super(Category.CONFLICT, "error.conflict.stale", null);
        }
    }

    /** The plan is not with its subject (draft or returned), so its header cannot be changed. */
    public static final class NotEditable extends DomainFact {
        public NotEditable(PlanState state) {
            super(Category.CONFLICT, "error.plan.not-editable", null, state.name());
        }
    }

    /** The plan waits at another step than the one asked for. */
    public static final class WrongStep extends DomainFact {
        public WrongStep(String stepName) {
            super(Category.CONFLICT, "error.plan.wrong-step", null, stepName);
        }
    }

    /** The plan is not on its path (a draft, returned, filed or expired). */
    public static final class NotInProgress extends DomainFact {
        public NotInProgress(PlanState state) {
            super(Category.CONFLICT, "error.plan.not-in-progress", null, state.name());
        }
    }

    /** The next actor has acted, or the actor did not submit: the submission cannot be taken back. */
    public static final class WithdrawTooLate extends DomainFact {
        public WithdrawTooLate() {
            super(Category.CONFLICT, "error.plan.withdraw-too-late", null);
        }
    }

    /** Only a plan in force (filed or promulgated) can change majorly. */
    public static final class NotInForce extends DomainFact {
        public NotInForce(PlanState state) {
            super(Category.CONFLICT, "error.plan.not-filed", null, state.name());
        }
    }

    /** Only an expired plan can be recompiled. */
    public static final class NotExpired extends DomainFact {
        public NotExpired(PlanState state) {
            super(Category.CONFLICT, "error.plan.not-expired", null, state.name());
        }
    }

    /** The plan's text must be attached before it is submitted. */
    public static final class DocumentMissing extends DomainFact {
        public DocumentMissing() {
            super(Category.UNPROCESSABLE, "error.plan.document-missing", "document");
        }
    }

    /** A plan cannot be filed before it was promulgated. */
    public static final class FiledBeforePromulgation extends DomainFact {
        public FiledBeforePromulgation() {
            super(Category.INVALID, "error.plan.filed-before-promulgation", "filedOn");
        }
    }

    /** A date of something that has happened (promulgation, filing) lies after today. */
    public static final class DateInFuture extends DomainFact {
        public DateInFuture(String field, Object today) {
            super(Category.INVALID, "error.plan.date-in-future", field, today);
        }
    }

    /** A filing receipt is dated between the day the filing was sent and today. */
    public static final class ReceiptDateOutOfRange extends DomainFact {
        public ReceiptDateOutOfRange(Object filedOn, Object today) {
            super(Category.INVALID, "error.plan.receipt-date", "receivedOn", filedOn == null ? "—" : filedOn, today);
        }
    }

    /** The review's outcome is missing or not PASS, REVISE or FAIL. */
    public static final class OutcomeNotAllowed extends DomainFact {
        public OutcomeNotAllowed() {
            super(Category.INVALID, "error.plan.outcome", "outcome");
        }
    }

    /** A value the move needs (an opinion, a reason, a date, …) was not given. */
    public static final class ValueMissing extends DomainFact {
        public ValueMissing(String field) {
            super(Category.INVALID, "validation.required", field);
        }
    }

    /** A header value is out of its range (title length, period years) or the content is too large. */
    public static final class ValueOutOfRange extends DomainFact {
        public ValueOutOfRange(String field, String messageKey, Object... args) {
            super(Category.INVALID, messageKey, field, args);
        }
    }
}
