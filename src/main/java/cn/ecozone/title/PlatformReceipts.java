package cn.ecozone.title;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.dossier.DossierAtStep;
import cn.ecozone.procedure.ProcedureCommand;
import cn.ecozone.procedure.ProcedureManagement;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.title.internal.DossierAccess;
import cn.ecozone.title.internal.ReceiptEntity;
import cn.ecozone.title.internal.Receipts;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subject's submission on 国家生态文明示范建设管理平台 (IM eco-civ art. 16, step {@code
 * NATIONAL_PLATFORM}): it records the day and the receipt (a number, an uploaded receipt, or both), and
 * the step completes in the same transaction; the engine's {@code PLATFORM_RECEIPT} check sees the
 * record. A stale run version is 409 and nothing is kept.
 */
@Service
@Transactional(readOnly = true)
public class PlatformReceipts {

    /** The step whose completion needs the receipt (IM eco-civ art. 16). */
    public static final String STEP = "NATIONAL_PLATFORM";

    /** What a receipt may be uploaded as: a PDF, OFD or a screenshot. */
    static final Set<DocumentType> RECEIPT_TYPES =
            Set.of(DocumentType.PDF, DocumentType.OFD, DocumentType.PNG, DocumentType.JPEG);

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Receipts receipts;
    private final DossierAccess access;
    private final ProcedureManagement procedures;
    private final DocumentManagement documents;
    private final Clock clock;

    PlatformReceipts(
            Receipts receipts,
            DossierAccess access,
            ProcedureManagement procedures,
            DocumentManagement documents,
            Clock clock) {
        this.receipts = receipts;
        this.access = access;
        this.procedures = procedures;
        this.documents = documents;
        this.clock = clock;
    }

    /** The dossier's receipt, for readers in its scope. @throws ApiException 404 outside scope */
    public Optional<PlatformReceiptView> of(long dossierId, Actor actor) {
        access.visible(dossierId, actor);
        return receipts.findFirstByDossierIdOrderByIdDesc(dossierId).map(ReceiptEntity::view);
    }

    /**
     * The uploaded file of the dossier's latest receipt, for the subject and the province in scope (the
     * bodies that read the dossier). @throws ApiException 404 outside scope or when no file was uploaded
     */
    public StoredDocument receiptFile(long dossierId, Actor actor) {
        access.visible(dossierId, actor);
        Long documentId = receipts.findFirstByDossierIdOrderByIdDesc(dossierId)
                .map(ReceiptEntity::documentId)
                .orElseThrow(() -> ApiException.notFound("title.receipt.no-file", dossierId));
        return documents.require(documentId);
    }

    /** The bytes of a file returned by {@link #receiptFile}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }

    /**
     * Records the receipt by its number and completes {@code NATIONAL_PLATFORM} for the actor.
     * Preconditions: the run waits at that step (else 409) and the actor holds its task (else the
     * engine's 403/409).
     */
    @Transactional
    public PlatformReceiptView record(long dossierId, ReceiptInput in, Actor actor) {
        return record(dossierId, in, null, actor);
    }

    /**
     * As {@link #record(long, ReceiptInput, Actor)} with the receipt uploaded (PDF, OFD, PNG or JPEG),
     * checked outside any transaction first. Precondition: no transaction is open (enforced).
     */
    @Transactional(propagation = Propagation.NEVER)
    public PlatformReceiptView recordWithDocument(long dossierId, Upload upload, ReceiptInput in, Actor actor) {
        validate(in, true);
        access.atStep(dossierId, Set.of(STEP), actor);
        return documents.store(upload, RECEIPT_TYPES, actor, stored -> record(dossierId, in, stored.id(), actor));
    }

    private PlatformReceiptView record(long dossierId, ReceiptInput in, Long documentId, Actor actor) {
        validate(in, documentId != null);
        DossierAtStep d = access.atStep(dossierId, Set.of(STEP), actor);
        LocalDate submittedOn = in.submittedOn();
        if (d.dossier().submittedOn() != null
                && submittedOn.isBefore(d.dossier().submittedOn())) {
            throw ApiException.invalid(
                    "submittedOn", "title.receipt.before-dossier", d.dossier().submittedOn());
        }
        // a run sent back to this step records its receipt again for the new opening, the earlier one
        // kept; the run's version check below lets one of two racing subjects through
        ReceiptEntity saved = receipts.saveAndFlush(new ReceiptEntity(
                dossierId,
                d.dossier().candidacyId(),
                d.runId(),
                d.opening(),
                submittedOn,
                blankToNull(in.receiptNumber()),
                documentId,
                actor.username(),
                clock.instant()));
        procedures.act(
                new ProcedureCommand.Act(
                        d.runId(),
                        in.version(),
                        null,
                        null,
                        blankToNull(in.opinion()),
                        documentId == null ? List.of() : List.of(documentId),
                        List.of()),
                actor);
        return saved.view();
    }

    private void validate(ReceiptInput in, boolean withDocument) {
        if (in == null || in.version() == null) {
            throw ApiException.invalid("version", "validation.required");
        }
        if (in.submittedOn() == null) {
            throw ApiException.invalid("submittedOn", "validation.required");
        }
        if (in.submittedOn().isAfter(LocalDate.ofInstant(clock.instant(), ZONE))) {
            throw ApiException.invalid("submittedOn", "title.receipt.in-future");
        }
        String number = blankToNull(in.receiptNumber());
        if (number == null && !withDocument) {
            throw ApiException.invalid("receiptNumber", "title.receipt.number-or-document");
        }
        if (number != null && number.length() > 100) {
            throw ApiException.invalid("receiptNumber", "title.too-long", 100);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
