package cn.ecozone.archive;

import cn.ecozone.archive.internal.ArchiveWriter;
import cn.ecozone.candidacy.CandidacyManagement;
import cn.ecozone.candidacy.CandidacyView;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidacy archive (创建工作档案, IM eco-civ art. 8 “建立健全创建工作档案”; Guizhou art. 18): every
 * record of a candidacy the modules contribute ({@link ArchiveContributor}), as one ZIP with an
 * {@code index.html} listing each file with its section, date, source record and SHA-256. Prepared in
 * the request (the reader checked, the entries listed), then written file by file to the response: no
 * file and no archive is held whole in memory or on disk.
 */
@Service
public class ArchiveManagement {

    /** The subjects that read their own candidacy's archive. */
    private static final Set<Role> SUBJECTS =
            Set.of(Role.COUNTY_GOVERNMENT, Role.PREFECTURE_GOVERNMENT, Role.CONSTRUCTION_SUBJECT);

    private final CandidacyManagement candidacies;
    private final List<ArchiveContributor> contributors;
    private final ArchiveWriter writer;
    private final Clock clock;

    ArchiveManagement(
            CandidacyManagement candidacies, List<ArchiveContributor> contributors, ArchiveWriter writer, Clock clock) {
        this.candidacies = candidacies;
        this.contributors = List.copyOf(contributors);
        this.writer = writer;
        this.clock = clock;
    }

    /** An archive ready to be written: the candidacy, the file name and the entries in index order. */
    public record Prepared(
            ArchivedCandidacy candidacy, String fileName, List<ArchiveEntry> entries, Instant at, String preparedBy) {}

    /**
     * Lists the archive of candidacy {@code candidacyId}. Preconditions: the reader is the province's
     * staff with the candidacy in scope, or the candidacy's subject (the same region); else 404, as for
     * any record the reader may not see.
     */
    @Transactional(readOnly = true)
    public Prepared prepare(long candidacyId, Actor reader) {
        CandidacyView c;
        try {
            c = candidacies.view(candidacyId, reader);
        } catch (ApiException notVisible) {
            throw new ArchiveFacts.CandidacyNotFound(candidacyId);
        }
        boolean allowed = reader.role() == Role.PROVINCE_STAFF
                || (SUBJECTS.contains(reader.role()) && c.regionCode().equals(reader.regionCode()));
        if (!allowed) {
            throw new ArchiveFacts.CandidacyNotFound(candidacyId);
        }
        Long titleId = c.links().stream()
                .filter(l -> "TITLE".equals(l.kind()))
                .map(CandidacyView.Link::recordId)
                .reduce((a, b) -> b)
                .orElse(null);
        ArchivedCandidacy archived = new ArchivedCandidacy(
                c.id(),
                c.regionCode(),
                c.subjectName(),
                c.programme(),
                c.regulationCode(),
                c.regulationVersion(),
                titleId);
        List<ArchiveEntry> entries = new ArrayList<>();
        for (ArchiveContributor contributor : contributors) {
            entries.addAll(contributor.entries(archived, reader));
        }
        // stable: within a section the contributors' own order stays
        entries.sort(Comparator.comparing(ArchiveEntry::section));
        String fileName =
                (c.subjectName() + "-" + c.programme().nameZh() + "-创建工作档案.zip").replaceAll("[\\\\/:*?\"<>|\\s]", "");
        return new Prepared(archived, fileName, List.copyOf(entries), clock.instant(), reader.displayName());
    }

    /**
     * Writes the prepared archive to {@code out}, file by file, the index last. Every stored document is
     * read through {@code DocumentManagement.open}, which announces the read for the audit log. Does not
     * close {@code out}.
     */
    public void write(Prepared archive, OutputStream out) throws IOException {
        writer.write(archive, out);
    }
}
