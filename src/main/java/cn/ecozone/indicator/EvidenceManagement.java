package cn.ecozone.indicator;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.indicator.internal.EvidenceEntity;
import cn.ecozone.indicator.internal.Evidences;
import cn.ecozone.indicator.internal.ValueEntity;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.Like;
import cn.ecozone.shared.ListSort;
import cn.ecozone.shared.Paging;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evidence files (PDF or image, recognised by content, stored with SHA-256) attached to a value of
 * a region or of one of its construction units ({@code unit}, null for the region itself).
 * Attaching follows the same rules as changing the value; reading follows data scope.
 */
@Service
@Transactional(readOnly = true)
public class EvidenceManagement {

    /** The largest page of evidence files one request may ask for. */
    private static final int MAX_PAGE = 100;

    /** The list's sort keys (issue 14 §6), each with its entity property; the id breaks ties. */
    static final Map<String, String> SORTS = Map.of(
            "name", "fileName",
            "organization", "organizationName",
            "uploaded", "createdAt",
            "type", "fileType");

    private static final Set<DocumentType> ACCEPTED =
            EnumSet.of(DocumentType.PDF, DocumentType.OFD, DocumentType.PNG, DocumentType.JPEG);

    private final IndicatorValueManagement values;
    private final DocumentManagement documents;
    private final Evidences evidences;
    private final Clock clock;
    private final TransactionTemplate readOnly;

    EvidenceManagement(
            IndicatorValueManagement values,
            DocumentManagement documents,
            Evidences evidences,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.values = values;
        this.documents = documents;
        this.evidences = evidences;
        this.clock = clock;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Attaches an uploaded file. The entry rules are checked before the bytes are looked at (a refused
     * attachment stores nothing) and again in the short transaction that records the evidence, since
     * the year may have been submitted while the file was checked; no database connection is held in
     * between ({@link DocumentManagement#store(Upload, Set, Actor, java.util.function.Function)}).
     * Preconditions: no transaction is open; the value exists and the actor may change it.
     */
    @Transactional(propagation = Propagation.NEVER)
    public Evidence attach(
            String edition, String region, Long unit, int year, String indicator, Upload upload, Actor actor) {
        readOnly.executeWithoutResult(status -> {
            values.checkEntry(edition, region, unit, year, indicator, actor);
            values.visibleValue(edition, region, unit, year, indicator, actor);
        });
        return documents.store(upload, ACCEPTED, actor, stored -> {
            values.checkEntry(edition, region, unit, year, indicator, actor);
            ValueEntity value = values.visibleValue(edition, region, unit, year, indicator, actor);
            EvidenceEntity evidence = evidences.saveAndFlush(new EvidenceEntity(
                    value.id(), stored.id(), stored.name(), stored.type().name(), clock.instant(), actor));
            return toEvidence(evidence, stored);
        });
    }

    /**
     * One page of a value's evidence files (removed ones included, marked) and how many of all its files
     * are still linked: the number its button shows (review s15 #13: removed files are not evidence).
     */
    public record EvidencePage(List<Evidence> content, int page, int size, long totalElements, long linked) {}

    /**
     * A page of the value's evidence files that match the filter, in its order (the oldest first unless
     * it asks otherwise), with their descriptions (issue 10: every list paged; {@code size} 1–100), and
     * the count of all linked files, whatever the filter. Precondition: the value lies in the actor's
     * scope (404 otherwise).
     *
     * @throws cn.ecozone.shared.ApiException 400 naming {@code sort} for a key not in {@link #SORTS},
     *     {@code type} for a type evidence cannot have
     */
    public EvidencePage list(
            String edition,
            String region,
            Long unit,
            int year,
            String indicator,
            EvidenceFilter filter,
            int page,
            int size,
            Actor actor) {
        Sort order = sort(filter.sort());
        String type = type(filter.type());
        ValueEntity value = values.visibleValue(edition, region, unit, year, indicator, actor);
        Page<EvidenceEntity> found = evidences.search(
                value.id(),
                Like.containing(filter.q()).toLowerCase(Locale.ROOT),
                type,
                filter.removed(),
                Paging.of(page, size, MAX_PAGE, order));
        // the page's files' descriptions in one statement, not one per file (issue 10)
        Map<Long, StoredDocument> stored = documents.all(
                found.getContent().stream().map(EvidenceEntity::documentId).toList());
        List<Evidence> items = found.getContent().stream()
                .filter(e -> stored.containsKey(e.documentId()))
                .map(e -> toEvidence(e, stored.get(e.documentId())))
                .toList();
        return new EvidencePage(
                items,
                found.getNumber(),
                found.getSize(),
                found.getTotalElements(),
                evidences.countByValueIdAndRemovedAtIsNull(value.id()));
    }

    /** The evidence file's bytes and description, if its value lies in the actor's scope. */
    public Download open(
            String edition, String region, Long unit, int year, String indicator, long evidenceId, Actor actor)
            throws IOException {
        ValueEntity value = values.visibleValue(edition, region, unit, year, indicator, actor);
        EvidenceEntity evidence = evidences
                .findById(evidenceId)
                .filter(e -> e.valueId() == value.id())
                .orElseThrow(() -> ApiException.notFound("error.document.not-found", evidenceId));
        StoredDocument stored = documents.require(evidence.documentId());
        return new Download(stored, documents.open(stored.id()));
    }

    /**
     * Removes an evidence file's link to the value, with a reason (issue 14 §2): only the uploading
     * organization, only while the year is open or returned (409 once it is submitted or confirmed;
     * the year's row is locked first, so a submission of the same year waits or is seen). The file is
     * kept for the audit; the link is marked removed with who, when and why. Preconditions: the value
     * lies in the actor's scope (404) and the actor reports for the region (403).
     */
    @Transactional
    public Evidence remove(
            String edition,
            String region,
            Long unit,
            int year,
            String indicator,
            long evidenceId,
            String reason,
            Actor actor) {
        values.checkEntryLocked(edition, region, unit, year, indicator, actor, "error.indicator.evidence.locked");
        ValueEntity value = values.visibleValue(edition, region, unit, year, indicator, actor);
        EvidenceEntity evidence = evidences
                .findById(evidenceId)
                .filter(e -> e.valueId() == value.id())
                .orElseThrow(() -> ApiException.notFound("error.document.not-found", evidenceId));
        evidence = evidences.saveAndFlush(evidence.remove(actor, reason.strip(), clock.instant()));
        return toEvidence(evidence, documents.require(evidence.documentId()));
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
        if (ACCEPTED.stream().noneMatch(t -> t.name().equals(type))) {
            throw ApiException.invalid(
                    "type",
                    "error.indicator.evidence.type",
                    String.join(", ", ACCEPTED.stream().map(Enum::name).sorted().toList()));
        }
        return type;
    }

    /** A file to send: what it is and its content. */
    public record Download(StoredDocument document, InputStream content) {}

    private static Evidence toEvidence(EvidenceEntity e, StoredDocument d) {
        return new Evidence(
                e.id(),
                d.id(),
                d.name(),
                d.type().name(),
                d.size(),
                d.sha256(),
                d.uploadedAt(),
                d.width(),
                d.height(),
                e.organizationName(),
                e.removedAt(),
                e.removedByOrg(),
                e.removedReason());
    }
}
