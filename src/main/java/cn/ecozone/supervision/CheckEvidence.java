package cn.ecozone.supervision;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckEntity;
import cn.ecozone.supervision.internal.CheckEvidenceEntity;
import cn.ecozone.supervision.internal.CheckEvidences;
import cn.ecozone.supervision.internal.SupervisionChecks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Evidence files of a check (photos, records, documents of the on-site check): the province department
 * attaches them while the check is open; readers of the check in scope download them.
 */
@Service
public class CheckEvidence {

    static final Set<DocumentType> ALLOWED = Set.of(
            DocumentType.PDF,
            DocumentType.OFD,
            DocumentType.DOCX,
            DocumentType.DOC,
            DocumentType.WPS,
            DocumentType.PNG,
            DocumentType.JPEG,
            DocumentType.XLSX);

    private final SupervisionChecks checks;
    private final CheckEvidences evidences;
    private final DocumentManagement documents;
    private final Clock clock;

    CheckEvidence(SupervisionChecks checks, CheckEvidences evidences, DocumentManagement documents, Clock clock) {
        this.checks = checks;
        this.evidences = evidences;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Stores and attaches a file. Precondition: no transaction open. The check is checked before the bytes
     * are read and again, locked, when the file is linked.
     *
     * @return the stored document's id
     */
    public long attach(long checkId, Upload upload, Actor actor) {
        recordable(checkId, actor, false);
        return documents.store(upload, ALLOWED, actor, stored -> {
            recordable(checkId, actor, true);
            evidences.saveAndFlush(new CheckEvidenceEntity(checkId, stored.id(), actor.username(), clock.instant()));
            return stored.id();
        });
    }

    /** The evidence document {@code documentId} of a check in the reader's scope (404 otherwise). */
    public StoredDocument file(long checkId, long documentId, Actor actor) {
        checks.findById(checkId)
                .filter(c -> actor.scope().includes(c.regionPath()))
                .orElseThrow(SupervisionFacts.CheckNotFound::new);
        evidences.findByCheckIdAndDocumentId(checkId, documentId).orElseThrow(SupervisionFacts.CheckNotFound::new);
        return documents.require(documentId);
    }

    public InputStream open(StoredDocument d) throws IOException {
        return documents.open(d.id());
    }

    private void recordable(long checkId, Actor actor, boolean lock) {
        CheckEntity c = (lock ? checks.lockById(checkId) : checks.findById(checkId))
                .filter(x -> actor.scope().includes(x.regionPath()))
                .orElseThrow(SupervisionFacts.CheckNotFound::new);
        if (actor.role() != Role.PROVINCE_STAFF) {
            throw new SupervisionFacts.NotTheChecker();
        }
        c.requireOpen();
    }
}
