package cn.ecozone.reward;

import cn.ecozone.shared.DomainFact;

/** The refusals of the reward module, named as facts. None changes anything. */
public final class RewardFacts {

    private RewardFacts() {}

    /** No such title, or not in the actor's data scope. */
    public static final class TitleNotFound extends DomainFact {
        public TitleNotFound(long titleId) {
            super(Category.NOT_FOUND, "reward.title.not-found", null, titleId);
        }
    }

    /** No such reward, or not in the actor's data scope. */
    public static final class RewardNotFound extends DomainFact {
        public RewardNotFound(long id) {
            super(Category.NOT_FOUND, "reward.not-found", null, id);
        }
    }

    /** Only the province's staff record and correct rewards. */
    public static final class NotProvinceStaff extends DomainFact {
        public NotProvinceStaff() {
            super(Category.REFUSED, "reward.not-province-staff", null);
        }
    }

    /** A correction names its reason. */
    public static final class ReasonRequired extends DomainFact {
        public ReasonRequired() {
            super(Category.INVALID, "reward.reason.required", "reason");
        }
    }

    /** The reward changed since the user read it. */
    public static final class StaleVersion extends DomainFact {
        public StaleVersion() {
            super(Category.CONFLICT, "reward.stale", "version");
        }
    }
}
