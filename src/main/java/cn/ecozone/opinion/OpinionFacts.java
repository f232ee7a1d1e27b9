package cn.ecozone.opinion;

import cn.ecozone.shared.DomainFact;

/** The refusals of the opinion module, named as facts. None changes anything. */
public final class OpinionFacts {

    private OpinionFacts() {}

    /** No such opinion, or it lies outside the actor's data scope. */
    public static final class OpinionNotFound extends DomainFact {
        public OpinionNotFound(long id) {
            super(Category.NOT_FOUND, "opinion.not-found", null, id);
        }
    }

    /** The opinion changed since the actor read it. */
    public static final class StaleOpinion extends DomainFact {
        public StaleOpinion() {
            super(Category.CONFLICT, "opinion.stale", "version");
        }
    }

    /** The opinion was issued: its text is frozen and it cannot be issued again. */
    public static final class OpinionAlreadyIssued extends DomainFact {
        public OpinionAlreadyIssued() {
            super(Category.CONFLICT, "opinion.already-issued", null);
        }
    }

    /** The opinion is still a draft: there is no file to download and no step to complete by it. */
    public static final class OpinionNotIssued extends DomainFact {
        public OpinionNotIssued() {
            super(Category.CONFLICT, "opinion.not-issued", null);
        }
    }

    /** The actor's body does not form an opinion at this step (e.g. a county, or the wrong level). */
    public static final class NotTheOpinionBody extends DomainFact {
        public NotTheOpinionBody(String stepCode) {
            super(Category.REFUSED, "opinion.not-the-body", null, stepCode);
        }
    }

    /** The round's chain has no step of that code that requires an issued opinion. */
    public static final class NoOpinionStep extends DomainFact {
        public NoOpinionStep(String stepCode) {
            super(Category.INVALID, "opinion.no-such-step", "stepCode", stepCode);
        }
    }

    /** No dossier of the round waits at the step in the actor's scope, so there is nothing to cover. */
    public static final class NothingToCover extends DomainFact {
        public NothingToCover(String stepCode) {
            super(Category.UNPROCESSABLE, "opinion.nothing-to-cover", "stepCode", stepCode);
        }
    }

    /** An opinion of the round, step and body exists already. */
    public static final class OpinionExists extends DomainFact {
        public OpinionExists() {
            super(Category.CONFLICT, "opinion.exists", null);
        }
    }

    /** The Chinese font the PDF needs is not installed (fonts-noto-cjk); the PDF is not made. */
    public static final class FontMissing extends DomainFact {
        public FontMissing(String searched) {
            super(Category.UNAVAILABLE, "opinion.font-missing", null, searched);
        }
    }
}
