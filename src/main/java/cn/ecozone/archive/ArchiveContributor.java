package cn.ecozone.archive;

import cn.ecozone.shared.Actor;
import java.util.List;

/**
 * The SPI of the candidacy archive: a module lists the entries it holds for a candidacy. Implement it as
 * a Spring bean in the contributing module (which then depends on {@code archive}), or in the archive's
 * {@code internal} package when the archive may depend on the module. Called in the request thread
 * before anything is streamed; the entries' contents are written later, possibly in another thread, so
 * they must carry what they need (a document id, a rendered text).
 *
 * <p>Preconditions: the archive has checked that {@code reader} may read the whole candidacy (the
 * province's staff in scope, or the subject itself); a contributor may use the reader for its module's
 * scoped reads.
 */
public interface ArchiveContributor {

    /** The entries of {@code candidacy}, in the order the index should list them within a section; may be empty. */
    List<ArchiveEntry> entries(ArchivedCandidacy candidacy, Actor reader);
}
