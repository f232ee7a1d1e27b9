package cn.ecozone.registry;

import cn.ecozone.shared.DomainFact;
import org.springframework.context.MessageSourceResolvable;

/**
 * The refusals of register records, named as facts; {@code shared.web.ProblemHandler} maps their
 * categories to statuses.
 */
public final class RegisterFacts {

    private RegisterFacts() {}

    /** No such record, or outside the actor's data scope. */
    public static final class RecordNotFound extends DomainFact {
        public RecordNotFound(long id) {
            super(Category.NOT_FOUND, "error.registry.not-found", null, id);
        }
    }

    /** The actor's role or region may not take this action on the record. */
    public static final class NotTheKeeper extends DomainFact {
        public NotTheKeeper(MessageSourceResolvable action) {
            super(Category.REFUSED, "error.registry.not-keeper", null, action);
        }
    }

    /** The record's state does not allow the action. */
    public static final class StateForbids extends DomainFact {
        public StateForbids(MessageSourceResolvable state, MessageSourceResolvable action) {
            super(Category.CONFLICT, "error.registry.state", null, state, action);
        }
    }

    /** Prefecture staff may not correct a record the province has confirmed. */
    public static final class ConfirmedRecordIsTheProvinces extends DomainFact {
        public ConfirmedRecordIsTheProvinces() {
            super(Category.CONFLICT, "error.registry.confirmed-is-provinces", null);
        }
    }

    /** The version the client saw is not the record's current one. */
    public static final class StaleVersion extends DomainFact {
        public StaleVersion() {
            super(Category.CONFLICT, "error.conflict.stale", "version");
        }
    }

    /** The action needs a reason (at most 500 characters). */
    public static final class ReasonNeeded extends DomainFact {
        public ReasonNeeded() {
            super(Category.INVALID, "error.registry.reason-required", "reason");
        }
    }

    /** The reason is longer than 500 characters. */
    public static final class ReasonTooLong extends DomainFact {
        public ReasonTooLong(int max) {
            super(Category.INVALID, "error.registry.reason-too-long", "reason", max);
        }
    }

    /** A correction that changes no field. */
    public static final class NothingChanged extends DomainFact {
        public NothingChanged() {
            super(Category.INVALID, "error.registry.nothing-changed", null);
        }
    }
}
