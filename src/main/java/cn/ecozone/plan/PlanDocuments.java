package cn.ecozone.plan;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.plan.PlanFacts.NoTextAttached;
import cn.ecozone.plan.PlanFacts.PlanNotFound;
import cn.ecozone.plan.internal.PlanActors;
import cn.ecozone.plan.internal.PlanEntity;
import cn.ecozone.plan.internal.PlanMoves;
import cn.ecozone.plan.internal.PlanProcedure;
import cn.ecozone.plan.internal.PlanReader;
import cn.ecozone.plan.internal.PlanSteps;
import cn.ecozone.plan.internal.PlanTextVersions;
import cn.ecozone.plan.internal.Plans;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The files of plans: attaching a text (PDF, OFD, DOCX, DOC or WPS, recognised by content), the
 * promulgation carrying its issuing document (印发文件, the same formats; ADR 0056), and reading them.
 * An upload is checked with no transaction open and recorded in a short one (ADR 0016, issue 10), the
 * plan's rules checked before its bytes are stored and again when it is recorded; a refusal keeps
 * nothing.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

    private final PlanReader reader;
    private final PlanSteps steps;
    private final PlanProcedure procedure;
    private final PlanMoves moves;
    private final PlanTextVersions texts;
    private final Plans plans;
    private final DocumentManagement documents;
    private final TransactionTemplate reading;
    private final Clock clock;

    PlanDocuments(
            PlanReader reader,
            PlanSteps steps,
            PlanProcedure procedure,
            PlanMoves moves,
            PlanTextVersions texts,
            Plans plans,
            DocumentManagement documents,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.reader = reader;
        this.steps = steps;
        this.procedure = procedure;
        this.moves = moves;
        this.texts = texts;
        this.plans = plans;
        this.documents = documents;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /**
     * Stores the plan's text and attaches it as its next version. Preconditions: no transaction is open
     * (enforced).
     *
     * @throws cn.ecozone.shared.DomainFact what the plan refuses (not the subject, not in draft, return or
     *     revision; stale), before or after the bytes were checked (nothing is kept then); the document's
     *     413/415/422
     */
    @Transactional(propagation = Propagation.NEVER)
    public PlanView attach(long id, Upload upload, Long version, Actor actor) {
        reading.executeWithoutResult(s -> attachable(reader.current(id, version, actor), actor));
        return documents.store(upload, DocumentType.TEXTS, actor, stored -> {
            PlanEntity plan = reader.current(id, version, actor);
            StepType current = attachable(plan, actor);
            plan.attach(
                    steps.read(plan), current, stored.id(), stored.name(), PlanActors.of(actor, plan), clock.instant());
            procedure.record(plan, PlanRecordAction.ATTACHED, stored.name(), List.of(stored.id()), actor);
            texts.add(plan.id(), stored);
            return reader.save(plan, actor);
        });
    }

    /**
     * The promulgation carrying its issuing document (印发文件; optional at the step, the platform's
     * choice where the regulation is silent): the file is stored and kept with the plan's texts, and the
     * promulgation records it beside the text it saw, in one transaction. Preconditions: no transaction
     * is open (enforced).
     *
     * @param command the promulgation's values; its {@code issuingDocumentId} is ignored
     * @throws cn.ecozone.shared.DomainFact what the promulgation refuses (not its step or actor, before the
     *     bytes are stored; a missing value or a stale version, after: nothing is kept then); the
     *     document's 413/415/422
     */
    @Transactional(propagation = Propagation.NEVER)
    public PlanView promulgate(long id, PlanCommand.Promulgate command, Upload issuingDocument, Actor actor) {
        reading.executeWithoutResult(
                s -> moves.requirePromulgation(reader.current(id, command.version(), actor), actor));
        return documents.store(issuingDocument, DocumentType.TEXTS, actor, stored -> {
            PlanEntity plan = reader.current(id, command.version(), actor);
            texts.add(plan.id(), PlanText.Kind.ISSUING_DOCUMENT, stored);
            moves.apply(
                    plan,
                    new PlanCommand.Promulgate(
                            command.version(),
                            command.body(),
                            command.promulgatedOn(),
                            command.documentNumber(),
                            stored.id()),
                    actor);
            plan.issuedWith(stored.id(), stored.name());
            return reader.save(plan, actor);
        });
    }

    /**
     * One of the plan's files: the current text, or with {@code documentId} an earlier version or an
     * issuing document that a step of its timeline saw (a later upload never replaces it).
     *
     * @throws PlanNotFound outside scope; {@link NoTextAttached} without a text or for a document that is
     *     not one of the plan's files
     */
    public StoredDocument document(long id, Long documentId, Actor actor) {
        PlanEntity plan = reader.visible(id, actor);
        Long wanted = documentId == null ? plan.documentId() : documentId;
        if (wanted == null || !wanted.equals(plan.documentId()) && !texts.contains(plan.id(), wanted)) {
            throw new NoTextAttached();
        }
        return documents.require(wanted);
    }

    /**
     * A file of a promulgated plan, for the public (IM eco-civ art. 8): its text, or with {@code
     * documentId} the issuing document (印发文件) its current promulgation carried; no other file (earlier
     * versions and earlier revisions' files stay with the staff).
     *
     * @throws PlanNotFound for a plan that is not promulgated (or not promulgated again after a revision);
     *     {@link NoTextAttached} when it has no such file
     */
    public StoredDocument publicDocument(long id, Long documentId) {
        PlanEntity plan =
                plans.findById(id).filter(p -> p.promulgatedOn() != null).orElseThrow(() -> new PlanNotFound(id));
        Long wanted = documentId == null ? plan.documentId() : documentId;
        if (wanted == null || !wanted.equals(plan.documentId()) && !wanted.equals(plan.issuingDocumentId())) {
            throw new NoTextAttached();
        }
        return documents.require(wanted);
    }

    /** The bytes of a document found by {@link #document} or {@link #publicDocument}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }

    /** The plan's current step when the actor may attach the text now. @throws cn.ecozone.shared.DomainFact otherwise */
    private StepType attachable(PlanEntity plan, Actor actor) {
        StepType current = procedure.currentType(plan, steps.read(plan), actor);
        plan.requireAttachable(steps.read(plan), current, PlanActors.of(actor, plan));
        return current;
    }
}
