package cn.ecozone.supervision;

import cn.ecozone.shared.DomainFact;

/** The refusals of the supervision module, named as facts. None changes anything. */
public final class SupervisionFacts {

    private SupervisionFacts() {}

    /** No such check, or outside the reader's data scope. */
    public static final class CheckNotFound extends DomainFact {
        public CheckNotFound() {
            super(Category.NOT_FOUND, "supervision.check.not-found", null);
        }
    }

    /** The check's conclusion is recorded: nothing of it changes any more. */
    public static final class CheckConcluded extends DomainFact {
        public CheckConcluded() {
            super(Category.CONFLICT, "supervision.check.concluded", null);
        }
    }

    /** Only the province department records findings, evidence and conclusions of a check. */
    public static final class NotTheChecker extends DomainFact {
        public NotTheChecker() {
            super(Category.REFUSED, "supervision.check.not-the-checker", null);
        }
    }

    /** The check's step is not open for the actor (e.g. its run already moved on). */
    public static final class NoOpenTask extends DomainFact {
        public NoOpenTask() {
            super(Category.CONFLICT, "supervision.check.no-open-task", null);
        }
    }

    /** A finding of the check that does not exist. */
    public static final class FindingNotFound extends DomainFact {
        public FindingNotFound() {
            super(Category.NOT_FOUND, "supervision.finding.not-found", null);
        }
    }
}
