package cn.ecozone.review;

import cn.ecozone.shared.DomainFact;

/** The refusals of expert review, named as facts. None changes anything. */
public final class ReviewFacts {

    private ReviewFacts() {}

    /** No such expert in the actor's pool. */
    public static final class ExpertNotFound extends DomainFact {
        public ExpertNotFound() {
            super(Category.NOT_FOUND, "review.expert.not-found", null);
        }
    }

    /** The expert was removed from the pool; it cannot be changed or drawn. */
    public static final class ExpertRemoved extends DomainFact {
        public ExpertRemoved() {
            super(Category.CONFLICT, "review.expert.removed", null);
        }
    }

    /** No such panel, or not the actor's to see; for an expert also a dossier it may not see (conflict). */
    public static final class PanelNotFound extends DomainFact {
        public PanelNotFound() {
            super(Category.NOT_FOUND, "review.panel.not-found", null);
        }
    }

    /**
     * Every dossier of the round waiting at the step is covered by a panel for its current opening: a
     * supplementary draw would cover nothing.
     */
    public static final class PanelAlreadyDrawn extends DomainFact {
        public PanelAlreadyDrawn(String stepCode) {
            super(Category.CONFLICT, "review.panel.already-drawn", "stepCode", stepCode);
        }
    }

    /** No dossier of the round waits at the step: a panel would cover nothing. */
    public static final class NothingToReview extends DomainFact {
        public NothingToReview(String stepCode) {
            super(Category.UNPROCESSABLE, "review.panel.nothing-to-review", "stepCode", stepCode);
        }
    }

    /** Fewer eligible experts than the panel's size. */
    public static final class TooFewEligible extends DomainFact {
        public TooFewEligible(int eligible, int size) {
            super(Category.UNPROCESSABLE, "review.panel.too-few-eligible", "size", eligible, size);
        }
    }

    /** The panel is closed: its scores and members are locked. */
    public static final class PanelClosed extends DomainFact {
        public PanelClosed() {
            super(Category.CONFLICT, "review.panel.closed", null);
        }
    }

    /** The panel is still open: a decision on a dossier waits for the close. */
    public static final class PanelOpen extends DomainFact {
        public PanelOpen() {
            super(Category.CONFLICT, "review.panel.open", null);
        }
    }

    /** The expert has a conflict with a dossier the panel covers. */
    public static final class ExpertConflicted extends DomainFact {
        public ExpertConflicted(String name) {
            super(Category.CONFLICT, "review.expert.conflicted", "expertId", name);
        }
    }

    /** The expert already sits on the panel. */
    public static final class AlreadyOnPanel extends DomainFact {
        public AlreadyOnPanel() {
            super(Category.CONFLICT, "review.panel.already-member", "expertId");
        }
    }

    /** Scores are sealed until every member has submitted or the panel closes. */
    public static final class ScoresSealed extends DomainFact {
        public ScoresSealed() {
            super(Category.CONFLICT, "review.scores.sealed", null);
        }
    }

    /** The sheet was submitted; it no longer changes. */
    public static final class SheetSubmitted extends DomainFact {
        public SheetSubmitted() {
            super(Category.CONFLICT, "review.sheet.submitted", null);
        }
    }

    /** A score outside 0..max, or a criterion not in the rubric, or a missing one at submission. */
    public static final class ScoreInvalid extends DomainFact {
        public ScoreInvalid(String criterion, Object max) {
            super(Category.INVALID, "review.score.invalid", "scores." + criterion, criterion, max);
        }
    }

    /** A submission needs a written opinion. */
    public static final class OpinionRequired extends DomainFact {
        public OpinionRequired() {
            super(Category.INVALID, "review.sheet.opinion-required", "opinion");
        }
    }

    /** The panel cannot close: sheets missing or a spread without its reconciliation. */
    public static final class NotReadyToClose extends DomainFact {
        public NotReadyToClose(int missingSheets, int unreconciled) {
            super(Category.CONFLICT, "review.panel.not-ready", null, missingSheets, unreconciled);
        }
    }

    /** The criterion's spread does not exceed the threshold; no reconciliation is asked for. */
    public static final class NoReconciliationNeeded extends DomainFact {
        public NoReconciliationNeeded(String criterion) {
            super(Category.INVALID, "review.reconciliation.not-needed", "criterionCode", criterion);
        }
    }

    /** The dossier's decision was already taken. */
    public static final class AlreadyDecided extends DomainFact {
        public AlreadyDecided() {
            super(Category.CONFLICT, "review.decision.taken", null);
        }
    }

    /** The regulation gives no scoring for the step: no panel can be scored. */
    public static final class NoScoringRules extends DomainFact {
        public NoScoringRules() {
            super(Category.UNPROCESSABLE, "review.panel.no-scoring", "stepCode");
        }
    }

    /** A covered dossier has no scorer (every member conflicted): the panel cannot close. */
    public static final class NoScorer extends DomainFact {
        public NoScorer(long dossierId, String subjectName) {
            super(Category.CONFLICT, "review.panel.no-scorer", null, subjectName, String.valueOf(dossierId));
        }
    }

    /** The expert holds no scoring seat on the panel (never did, or was replaced already). */
    public static final class NotAMember extends DomainFact {
        public NotAMember() {
            super(Category.CONFLICT, "review.panel.not-a-member", "expertId");
        }
    }

    /** The member submitted a sheet: it counts, and the member can no longer be replaced. */
    public static final class MemberSubmitted extends DomainFact {
        public MemberSubmitted(String alias) {
            super(Category.CONFLICT, "review.panel.member-submitted", "expertId", alias);
        }
    }

    /**
     * The panel covered the dossier for an earlier opening of the step: the dossier came back after a
     * return and needs a supplementary panel; the old one decides nothing.
     */
    public static final class EarlierOpening extends DomainFact {
        public EarlierOpening() {
            super(Category.CONFLICT, "review.panel.earlier-opening", null);
        }
    }

    /** The dossier has been accepted (its chain finished): its subject no longer declares conflicts. */
    public static final class DeclarationClosed extends DomainFact {
        public DeclarationClosed() {
            super(Category.CONFLICT, "review.declaration.closed", null);
        }
    }
}
