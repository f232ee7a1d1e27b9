package cn.ecozone.supervision;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Paging;
import cn.ecozone.shared.Role;
import cn.ecozone.supervision.internal.CheckEntity;
import cn.ecozone.supervision.internal.CheckEvidenceEntity;
import cn.ecozone.supervision.internal.CheckEvidences;
import cn.ecozone.supervision.internal.SupervisionChecks;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** The list's sort keys (issue 14 §6), each with its entity property; the id breaks ties. */
    static final Map<String, String> SORTS = Map.of(
            "name", "fileName",
            "organization", "organizationName",
            "uploaded", "recordedAt",
            "type", "fileType");

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
            evidences.saveAndFlush(new CheckEvidenceEntity(
                    checkId, stored.id(), stored.name(), stored.type().name(), actor, clock.instant()));
            return stored.id();
        });
    }

    /**
     * A page of the check's evidence files matching the filter, in its order (the oldest first unless it
     * asks otherwise; {@code size} 1–100): four statements whatever the number of files (the check, the
     * page, its count, the page's documents). Precondition: the check lies in the reader's scope (404).
     *
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for a key not in {@link #SORTS},
     *     {@code type} for a type evidence cannot have
     */
    @Transactional(readOnly = true)
    public PageResult<CheckView.Evidence> list(
            long checkId, CheckEvidenceFilter filter, int page, int size, Actor actor) {
        Sort order = sort(filter.sort());
        String type = type(filter.type());
        checks.findById(checkId)
                .filter(c -> actor.scope().includes(c.regionPath()))
                .orElseThrow(SupervisionFacts.CheckNotFound::new);
        Page<CheckEvidenceEntity> found = evidences.search(
                checkId, Like.containing(filter.q()).toLowerCase(Locale.ROOT), type, Paging.of(page, size, 100, order));
        Map<Long, StoredDocument> files = documents.all(
                found.getContent().stream().map(CheckEvidenceEntity::documentId).toList());
        List<CheckView.Evidence> rows = found.getContent().stream()
                .filter(e -> files.containsKey(e.documentId()))
                .map(e -> evidence(e, files.get(e.documentId())))
                .toList();
        return new PageResult<>(rows, found.getNumber(), found.getSize(), found.getTotalElements());
    }

    /** A linked file as the list shows it. */
    private static CheckView.Evidence evidence(CheckEvidenceEntity e, StoredDocument d) {
        return new CheckView.Evidence(
                d.id(), d.name(), d.type().name(), d.size(), e.organizationName(), e.recordedBy(), e.recordedAt());
    }

    /** The whitelisted order, then the id (the upload order) as the tie-break. */
    private static Sort sort(String asked) {
        ListSort s = ListSort.parse(asked, SORTS, "uploaded");
        return Sort.by(s.descending() ? Sort.Direction.DESC : Sort.Direction.ASC, s.expression())
                .and(Sort.by(Sort.Order.asc("id")));
    }

    /** The type asked for, or null for any; 400 naming {@code type} for one evidence cannot have. */
    private static String type(String asked) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        String type = asked.strip().toUpperCase(Locale.ROOT);
        if (ALLOWED.stream().noneMatch(t -> t.name().equals(type))) {
            throw ApiException.invalid(
                    "type",
                    "supervision.evidence.type",
                    String.join(", ", ALLOWED.stream().map(Enum::name).sorted().toList()));
        }
        return type;
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
