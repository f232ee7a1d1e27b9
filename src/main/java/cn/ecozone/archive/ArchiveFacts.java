package cn.ecozone.archive;

import cn.ecozone.shared.DomainFact;

/** The refusals of the archive, named as facts. */
public final class ArchiveFacts {

    private ArchiveFacts() {}

    /** No such candidacy, or not the reader's to archive (another region, or not the province's staff). */
    public static final class CandidacyNotFound extends DomainFact {
        public CandidacyNotFound(long id) {
            super(Category.NOT_FOUND, "archive.candidacy.not-found", null, id);
        }
    }
}
