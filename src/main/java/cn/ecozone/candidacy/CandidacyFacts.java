package cn.ecozone.candidacy;

import cn.ecozone.shared.DomainFact;
import org.springframework.context.MessageSourceResolvable;

/**
 * The refusals of a candidacy's transitions, named as facts; {@code shared.web.ProblemHandler} maps
 * their categories to statuses. Labels are resolved in the user's language by the problem handler.
 */
public final class CandidacyFacts {

    private CandidacyFacts() {}

    /** The actor's role or region does not keep this candidacy for {@code action}. */
    public static final class NotThePoolKeeper extends DomainFact {
        public NotThePoolKeeper(MessageSourceResolvable actionLabel) {
            super(Category.REFUSED, "error.candidacy.not-keeper", null, actionLabel);
        }
    }

    /** The candidacy's state does not allow {@code action} now. */
    public static final class TransitionNotAllowed extends DomainFact {
        public TransitionNotAllowed(MessageSourceResolvable stateLabel, MessageSourceResolvable actionLabel) {
            super(Category.CONFLICT, "error.candidacy.transition", null, stateLabel, actionLabel);
        }
    }

    /** The transition needs a reason and none was given. */
    public static final class ReasonNeeded extends DomainFact {
        public ReasonNeeded() {
            super(Category.INVALID, "error.candidacy.reason-required", "reason");
        }
    }

    /** The reason is longer than {@code max} characters. */
    public static final class ReasonTooLong extends DomainFact {
        public ReasonTooLong(int max) {
            super(Category.INVALID, "error.candidacy.too-long", "reason", max);
        }
    }
}
