package cn.ecozone.procedure;

import cn.ecozone.shared.DomainFact;

/** The refusals of the procedure engine, named as facts. None changes anything. */
public final class ProcedureFacts {

    private ProcedureFacts() {}

    /** No such run, or it lies outside the actor's data scope. */
    public static final class RunNotFound extends DomainFact {
        public RunNotFound() {
            super(Category.NOT_FOUND, "procedure.run.not-found", null);
        }
    }

    /**
     * What the step requires is not on record (ADR 0027): the refusal of the module that keeps it, e.g.
     * the panel has not closed. {@code requirement} names it for clients.
     */
    public static final class RequirementUnmet extends DomainFact {
        private final transient StepRequirement.Unmet unmet;

        public RequirementUnmet(StepRequirement.Unmet unmet) {
            super(Category.CONFLICT, unmet.messageKey(), null, unmet.args().toArray());
            this.unmet = unmet;
        }

        public StepRequirement.Unmet unmet() {
            return unmet;
        }
    }

    /** The actor is not the one the step (or the operation) is for. */
    public static final class NotTheActor extends DomainFact {
        public NotTheActor() {
            super(Category.REFUSED, "procedure.not-the-actor", null);
        }
    }

    /** The task was already done, returned or closed by someone else. */
    public static final class StepAlreadyTaken extends DomainFact {
        public StepAlreadyTaken() {
            super(Category.CONFLICT, "procedure.step-already-taken", null);
        }
    }

    /** The run has ended; nothing more can be done on it. */
    public static final class RunClosed extends DomainFact {
        public RunClosed() {
            super(Category.CONFLICT, "procedure.run-closed", null);
        }
    }

    /** The run changed since the actor saw it. */
    public static final class StaleVersion extends DomainFact {
        public StaleVersion() {
            super(Category.CONFLICT, "procedure.stale-version", "version");
        }
    }

    /** The actor's last act can no longer be taken back: the next actor has acted, or there is none. */
    public static final class NothingToWithdraw extends DomainFact {
        public NothingToWithdraw() {
            super(Category.CONFLICT, "procedure.nothing-to-withdraw", null);
        }
    }

    /**
     * The next step is for the organizations of a kind in a region (e.g. the department's divisions),
     * and none is set up there: nothing moves until the system administrator sets them up.
     */
    public static final class NoOrganizationToAct extends DomainFact {
        public NoOrganizationToAct(String organizationKind, String regionCode) {
            super(Category.UNPROCESSABLE, "procedure.no-organization-to-act", null, organizationKind, regionCode);
        }
    }

    /** The first step has nothing before it to return to. */
    public static final class NothingToReturnTo extends DomainFact {
        public NothingToReturnTo() {
            super(Category.CONFLICT, "procedure.nothing-to-return-to", null);
        }
    }

    /** Cancelling is for the initiator before the first examination. */
    public static final class CancelTooLate extends DomainFact {
        public CancelTooLate() {
            super(Category.CONFLICT, "procedure.cancel-too-late", null);
        }
    }

    /** A return needs its reason. */
    public static final class ReturnNeedsReason extends DomainFact {
        public ReturnNeedsReason() {
            super(Category.INVALID, "procedure.return-needs-reason", "reason");
        }
    }

    /** The step asks for an opinion. */
    public static final class OpinionNeeded extends DomainFact {
        public OpinionNeeded() {
            super(Category.INVALID, "procedure.opinion-needed", "opinion");
        }
    }

    /** The outcome is not one of the step's outcomes. */
    public static final class OutcomeNotAllowed extends DomainFact {
        public OutcomeNotAllowed(Object allowed) {
            super(Category.INVALID, "procedure.outcome-not-allowed", "outcome", allowed);
        }
    }

    /** The next step's actors are appointed by this act, and none (or an unfit one) was named. */
    public static final class AssigneesNeeded extends DomainFact {
        public AssigneesNeeded() {
            super(Category.INVALID, "procedure.assignees-needed", "assignees");
        }
    }

    /** A text is too long. */
    public static final class TextTooLong extends DomainFact {
        public TextTooLong(String field, int max) {
            super(Category.INVALID, "procedure.text-too-long", field, max);
        }
    }

    /** Only a finished run can be reopened. */
    public static final class NothingToReopen extends DomainFact {
        public NothingToReopen() {
            super(Category.CONFLICT, "procedure.nothing-to-reopen", null);
        }
    }

    /** Reopening a finished run needs its reason. */
    public static final class ReopenNeedsReason extends DomainFact {
        public ReopenNeedsReason() {
            super(Category.INVALID, "procedure.reopen-needs-reason", "reason");
        }
    }
}
