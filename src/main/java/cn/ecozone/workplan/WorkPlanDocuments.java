package cn.ecozone.workplan;

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
 * The documents of work plans: attaching one (PDF, OFD, DOCX, DOC or WPS, recognised by content) and
 * reading it. An upload is checked with no transaction open and recorded in a short one (ADR 0016,
 * issue 10); whether the actor may edit the plan is checked before its bytes are stored and again when
 * it is attached.
 */
@Service
@Transactional(readOnly = true)
public class WorkPlanDocuments {

    private final WorkPlanManagement plans;
    private final DocumentManagement documents;

    WorkPlanDocuments(WorkPlanManagement plans, DocumentManagement documents) {
        this.plans = plans;
        this.documents = documents;
    }

    /**
     * Stores the plan's document and attaches it. Preconditions: no transaction is open (enforced).
     *
     * @throws cn.ecozone.shared.ApiException what {@link WorkPlanManagement#requireAttachable} refuses,
     *     before or after the bytes were checked (nothing is kept then); the document's 413/415/422
     */
    @Transactional(propagation = Propagation.NEVER)
    public WorkPlanView attach(long id, Upload upload, Long version, Actor actor) {
        plans.requireAttachable(id, version, actor);
        return documents.store(upload, DocumentType.TEXTS, actor, stored -> plans.attach(id, stored, version, actor));
    }

    /** The plan's document. @throws cn.ecozone.shared.ApiException 404 outside scope or without one */
    public StoredDocument document(long id, Actor actor) {
        return documents.require(plans.documentId(id, actor));
    }

    /** The bytes of a document found by {@link #document}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }
}
