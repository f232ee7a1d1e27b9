package cn.ecozone.title;

import cn.ecozone.shared.DomainFact;

/** The refusals of the title module's commands, named as facts (mapped to statuses in one place). */
public final class TitleFacts {

    private TitleFacts() {}

    /** The dossier's run does not wait at the step the command completes ({@code expected}); {@code current} may be null. */
    public static final class NotAtStep extends DomainFact {
        public NotAtStep(String expected, String current) {
            super(Category.CONFLICT, "title.not-at-step", null, expected, current == null ? "—" : current);
        }
    }

    /** Someone recorded the naming of this dossier first. */
    public static final class NamingAlreadyRecorded extends DomainFact {
        public NamingAlreadyRecorded() {
            super(Category.CONFLICT, "title.naming.already-recorded", null);
        }
    }

    /** The pinned regulation states no validity, so no title can be given until the data says one. */
    public static final class ValidityUnknown extends DomainFact {
        public ValidityUnknown(String regulation) {
            super(Category.UNPROCESSABLE, "title.validity.unknown", null, regulation);
        }
    }

    /** The title was revoked already. */
    public static final class AlreadyRevoked extends DomainFact {
        public AlreadyRevoked() {
            super(Category.CONFLICT, "title.already-revoked", null);
        }
    }
}
