package cn.ecozone.registry;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The attachments of register records (official texts, scans and photos, recognised by content): an
 * upload is checked with no transaction open and attached in a short one (ADR 0016, 0021), the record's
 * rules checked before its bytes are stored and again when it is attached. Never removed.
 */
@Service
public class RegisterAttachments {

    /** What a record may carry: official texts, and scans or photos. */
    static final Set<DocumentType> ALLOWED = Set.of(
            DocumentType.PDF,
            DocumentType.OFD,
            DocumentType.DOCX,
            DocumentType.DOC,
            DocumentType.WPS,
            DocumentType.JPEG,
            DocumentType.PNG);

    private final RegisterManagement registers;
    private final DocumentManagement documents;

    RegisterAttachments(RegisterManagement registers, DocumentManagement documents) {
        this.registers = registers;
        this.documents = documents;
    }

    /**
     * Stores the file and attaches it. Preconditions: no transaction is open (enforced).
     *
     * @throws cn.ecozone.shared.DomainFact what the record refuses, before or after the bytes were
     *     checked (nothing is kept then); the document's 413/415/422
     */
    @Transactional(propagation = Propagation.NEVER)
    public RegisterView attach(long id, Upload upload, Actor actor) {
        registers.requireAttachable(id, actor);
        return documents.store(upload, ALLOWED, actor, stored -> registers.attach(id, stored, actor));
    }

    /** An attachment of a record the actor sees. @throws RegisterFacts.RecordNotFound otherwise */
    public StoredDocument document(long id, long documentId, Actor actor) {
        if (!registers.attached(id, documentId, actor)) {
            throw new RegisterFacts.RecordNotFound(id);
        }
        return documents.require(documentId);
    }

    /** The bytes of a document found by {@link #document}. */
    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }
}
