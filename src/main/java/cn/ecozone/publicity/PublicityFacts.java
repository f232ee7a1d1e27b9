package cn.ecozone.publicity;

import cn.ecozone.shared.DomainFact;
import java.time.LocalDate;

/** The refusals of the publicity module, named as facts. None changes anything. */
public final class PublicityFacts {

    private PublicityFacts() {}

    /** No such notice, or (for staff) outside the actor's data scope; a draft is never public. */
    public static final class NoticeNotFound extends DomainFact {
        public NoticeNotFound() {
            super(Category.NOT_FOUND, "publicity.notice.not-found", null);
        }
    }

    /** A published notice is not edited again; only a correction notice with a reason is. */
    public static final class NoticeAlreadyPublished extends DomainFact {
        public NoticeAlreadyPublished() {
            super(Category.CONFLICT, "publicity.notice.already-published", null);
        }
    }

    /** A correction or a completion needs a published notice. */
    public static final class NoticeNotPublished extends DomainFact {
        public NoticeNotPublished() {
            super(Category.CONFLICT, "publicity.notice.not-published", null);
        }
    }

    /** The actor is not the body the step names (nor one of its alternatives). */
    public static final class NotTheIssuer extends DomainFact {
        public NotTheIssuer() {
            super(Category.REFUSED, "publicity.notice.not-the-issuer", null);
        }
    }

    /** The period would end before the regulation's minimum (or differ from its fixed length). */
    public static final class PeriodTooShort extends DomainFact {
        public PeriodTooShort(LocalDate minimumEnd) {
            super(Category.INVALID, "publicity.notice.period-too-short", "endsOn", minimumEnd);
        }
    }

    /** A fixed-length period (不是“不少于”) cannot be lengthened. */
    public static final class PeriodFixed extends DomainFact {
        public PeriodFixed(LocalDate end) {
            super(Category.INVALID, "publicity.notice.period-fixed", "endsOn", end);
        }
    }

    /** A selected dossier does not wait at the step in the actor's scope. */
    public static final class DossierNotWaiting extends DomainFact {
        public DossierNotWaiting(long dossierId) {
            super(Category.INVALID, "publicity.notice.dossier-not-waiting", "dossierIds", dossierId);
        }
    }

    /**
     * Another notice already lists the dossier for its current visit to the step (ADR 0027: each visit is
     * publicised once; a dossier returned and brought back is listed anew by a new notice).
     */
    public static final class DossierAlreadyListed extends DomainFact {
        public DossierAlreadyListed(long dossierId, long noticeId) {
            super(Category.CONFLICT, "publicity.notice.dossier-already-listed", "dossierIds", dossierId, noticeId);
        }
    }

    /** Complaints are taken from the day of publication to the last day of the period, Beijing time. */
    public static final class ComplaintsClosed extends DomainFact {
        public ComplaintsClosed(LocalDate from, LocalDate to) {
            super(Category.UNPROCESSABLE, "publicity.complaint.closed", null, from, to);
        }
    }

    /** The complaint names a dossier the notice does not list. */
    public static final class NotListed extends DomainFact {
        public NotListed() {
            super(Category.INVALID, "publicity.complaint.not-listed", "dossierId");
        }
    }

    /** No such complaint, or outside the actor's scope; an unknown tracking number alike. */
    public static final class ComplaintNotFound extends DomainFact {
        public ComplaintNotFound() {
            super(Category.NOT_FOUND, "publicity.complaint.not-found", null);
        }
    }

    /** A finding is recorded once. */
    public static final class FindingAlreadyRecorded extends DomainFact {
        public FindingAlreadyRecorded() {
            super(Category.CONFLICT, "publicity.complaint.already-found", null);
        }
    }

    /** Only the body the regulation names investigates. */
    public static final class NotTheInvestigator extends DomainFact {
        public NotTheInvestigator() {
            super(Category.REFUSED, "publicity.complaint.not-the-investigator", null);
        }
    }

    /** A complaint's investigation is handed over once (Guizhou art. 15). */
    public static final class AlreadyDelegated extends DomainFact {
        public AlreadyDelegated() {
            super(Category.CONFLICT, "publicity.complaint.already-delegated", null);
        }
    }

    /** The regulation names no body to which this publicity's complaints may be handed (only GZ art. 15 does). */
    public static final class NotDelegable extends DomainFact {
        public NotDelegable() {
            super(Category.CONFLICT, "publicity.complaint.not-delegable", null);
        }
    }

    /** The record changed since the actor read it. */
    public static final class Stale extends DomainFact {
        public Stale() {
            super(Category.CONFLICT, "error.conflict.stale", null);
        }
    }
}
