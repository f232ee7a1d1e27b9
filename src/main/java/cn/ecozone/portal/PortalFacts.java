package cn.ecozone.portal;

import cn.ecozone.shared.DomainFact;

/** The refusals of the public column, named as facts. None changes anything. */
public final class PortalFacts {

    private PortalFacts() {}

    /** No such item, or not one the actor may see. */
    public static final class ColumnItemNotFound extends DomainFact {
        public ColumnItemNotFound(long id) {
            super(Category.NOT_FOUND, "error.portal.not-found", null, id);
        }
    }

    /** The item is not in a state that allows the step (e.g. publishing an item not yet approved). */
    public static final class ColumnItemNotInState extends DomainFact {
        public ColumnItemNotInState(ColumnItemState state) {
            super(Category.CONFLICT, "portal.item.wrong-state", null, state.name());
        }
    }

    /** The drafter may not approve their own item: a second person must (先审后发). */
    public static final class OwnColumnItemNotApprovable extends DomainFact {
        public OwnColumnItemNotApprovable() {
            super(Category.REFUSED, "portal.item.own", null);
        }
    }

    /** The actor is neither a colleague of the drafter's organization nor of the superior organization. */
    public static final class NotColumnItemApprover extends DomainFact {
        public NotColumnItemApprover() {
            super(Category.REFUSED, "portal.item.not-approver", null);
        }
    }

    /**
     * Only the drafter changes an item's text or files and submits it, so the approver, a second person,
     * has seen everything that goes out (先审后发; review s15 #1).
     */
    public static final class NotColumnItemDrafter extends DomainFact {
        public NotColumnItemDrafter() {
            super(Category.REFUSED, "portal.item.not-drafter", null);
        }
    }

    /** The item's text and files are fixed once submitted, until it is returned. */
    public static final class ColumnItemFixed extends DomainFact {
        public ColumnItemFixed(ColumnItemState state) {
            super(Category.CONFLICT, "portal.item.fixed", null, state.name());
        }
    }

    /** A return needs its reason. */
    public static final class ReturnReasonMissing extends DomainFact {
        public ReturnReasonMissing() {
            super(Category.INVALID, "portal.item.reason-required", "reason");
        }
    }
}
