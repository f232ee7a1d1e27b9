package cn.ecozone.cases;

import cn.ecozone.shared.DomainFact;

/** The refusals of the typical cases, named as facts. None changes anything. */
public final class CaseFacts {

    private CaseFacts() {}

    /** No such case, or outside the reader's data scope (for the public: not published). */
    public static final class CaseNotFound extends DomainFact {
        public CaseNotFound() {
            super(Category.NOT_FOUND, "cases.not-found", null);
        }
    }

    /** The case was changed by someone else since the actor read it. */
    public static final class CaseChanged extends DomainFact {
        public CaseChanged() {
            super(Category.CONFLICT, "cases.changed", "version");
        }
    }

    /** The case is not where the act needs it (e.g. editing a case under review). */
    public static final class CaseNotAt extends DomainFact {
        public CaseNotAt(CaseState state) {
            super(Category.CONFLICT, "cases.not-at", null, state.name());
        }
    }

    /** The actor does not act for the case now. */
    public static final class NotTheActor extends DomainFact {
        public NotTheActor() {
            super(Category.REFUSED, "cases.not-the-actor", null);
        }
    }

    /** The regulation in force for the actor's region and programme has no typical-case selection. */
    public static final class NoSelection extends DomainFact {
        public NoSelection(String programme) {
            super(Category.UNPROCESSABLE, "cases.no-selection", "programme", programme);
        }
    }

    /** An expert who may not review the case: removed, conflicted with its region, or without an account. */
    public static final class ExpertNotEligible extends DomainFact {
        public ExpertNotEligible(String name) {
            super(Category.UNPROCESSABLE, "cases.expert-not-eligible", "expertIds", name);
        }
    }

    /** The expert is not appointed to the case's current review. */
    public static final class NotAppointed extends DomainFact {
        public NotAppointed() {
            super(Category.NOT_FOUND, "cases.not-found", null);
        }
    }

    /** The office's year has no published case: a collection would be empty. */
    public static final class NothingPublished extends DomainFact {
        public NothingPublished(int year) {
            super(Category.UNPROCESSABLE, "cases.collection.empty", "year", year);
        }
    }

    /** The Noto Sans CJK font is not installed: the collection cannot be written as PDF. */
    public static final class FontMissing extends DomainFact {
        public FontMissing(String where) {
            super(Category.UNAVAILABLE, "cases.collection.font-missing", null, where);
        }
    }

    /**
     * The regulation lets only a titled region recommend (GZ 第十七条, IM Two Mountains 第十五条, data
     * {@code typical_cases.recommenders}) and the actor's region holds no valid title of the programme.
     */
    public static final class NotARecommender extends DomainFact {
        public NotARecommender(String article, String whoZh) {
            super(Category.CONFLICT, "cases.not-a-recommender", null, article, whoZh);
        }
    }
}
