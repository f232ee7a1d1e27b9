package cn.ecozone.report;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachments of annual reports (texts and images, recognised by content): an upload is checked with
 * no transaction open and recorded in a short one (ADR 0016); whether the actor may edit the report is
 * checked before its bytes are stored and again when it is attached.
 */
@Service
@Transactional(readOnly = true)
public class ReportDocuments {

    private static final Set<DocumentType> ALLOWED = allowed();

    private final ReportManagement reports;
    private final DocumentManagement documents;

    ReportDocuments(ReportManagement reports, DocumentManagement documents) {
        this.reports = reports;
        this.documents = documents;
    }

    /** Stores an attachment and attaches it. Precondition: no transaction is open (enforced). */
    @Transactional(propagation = Propagation.NEVER)
    public ReportView attach(long id, Upload upload, Long version, Actor actor) {
        reports.requireAttachable(id, version, actor);
        return documents.store(
                upload, ALLOWED, actor, stored -> reports.attach(id, stored.id(), stored.name(), version, actor));
    }

    /** An attachment of a report in the actor's scope. @throws cn.ecozone.shared.ApiException 404 otherwise */
    public StoredDocument document(long id, long documentId, Actor actor) {
        return documents.require(reports.attachment(id, documentId, actor));
    }

    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }

    private static Set<DocumentType> allowed() {
        Set<DocumentType> s = EnumSet.copyOf(DocumentType.TEXTS);
        s.add(DocumentType.JPEG);
        s.add(DocumentType.PNG);
        return Set.copyOf(s);
    }
}
