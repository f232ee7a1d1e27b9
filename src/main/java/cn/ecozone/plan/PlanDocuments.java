package cn.ecozone.plan;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts of plans: attaching one (PDF, OFD, DOCX, DOC or WPS, recognised by content) and reading
 * them. An upload is checked with no transaction open and recorded in a short one (ADR 0016, issue 10),
 * the plan's rules checked before its bytes are stored and again when it is attached.
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

    private final PlanManagement plans;
    private final DocumentManagement documents;

    PlanDocuments(PlanManagement plans, DocumentManagement documents) {
        this.plans = plans;
        this.documents = documents;
    }

    /**
     * Stores the plan's text and attaches it. Preconditions: no transaction is open (enforced).
     *
     * @throws cn.ecozone.shared.DomainFact what {@link PlanManagement#requireAttachable} refuses, before
     *     or after the bytes were checked (nothing is kept then); the document's 413/415/422
     */
    @Transactional(propagation = Propagation.NEVER)
    public PlanView attach(long id, Upload upload, Long version, Actor actor) {
        plans.requireAttachable(id, version, actor);
        return documents.store(upload, DocumentType.TEXTS, actor, stored -> plans.attach(id, stored, version, actor));
    }

    /**
     * The plan's text: the current one, or with {@code documentId} an earlier version that a step of
     * its timeline saw (a later upload never replaces it).
     *
     * @throws PlanFacts.PlanNotFound outside scope; {@link PlanFacts.NoTextAttached} without a text or
     *     for a document the plan's timeline does not record
     */
    public StoredDocument document(long id, Long documentId, Actor actor) {
        return documents.require(plans.documentId(id, documentId, actor));
    }

    /** The text of a promulgated plan, for the public. @throws PlanFacts.PlanNotFound for any other plan */
    public StoredDocument publicDocument(long id) {
        return documents.require(plans.publicDocumentId(id));
    }

    /** The bytes of a document found by {@link #document} or {@link #publicDocument}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }
}
