package cn.ecozone.dossier;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.regulation.ApplicationRules.MaterialKind;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of dossiers: photos (JPEG or PNG, decoded in full at upload, so a renamed program or a
 * truncated image is refused) and documents (PDF or DOCX, parsed), each streamed to the store with no
 * transaction open and recorded in a short one (ADR 0016/0021), as {@code plan.PlanDocuments} does. A
 * refused upload leaves no row and no file.
 */
@Service
@Transactional(readOnly = true)
public class DossierDocuments {

    /** Photos: images the platform decodes. */
    public static final Set<DocumentType> PHOTOS = Set.of(DocumentType.JPEG, DocumentType.PNG);

    /** Documents of a dossier: the official text formats (PDF, OFD, DOCX, DOC, WPS), checked by content. */
    public static final Set<DocumentType> DOCUMENTS = DocumentType.TEXTS;

    private final DossierManagement dossiers;
    private final DocumentManagement documents;

    DossierDocuments(DossierManagement dossiers, DocumentManagement documents) {
        this.dossiers = dossiers;
        this.documents = documents;
    }

    /**
     * Stores a file of a material and attaches it. Preconditions: no transaction is open (enforced); the
     * actor is the subject of an editable dossier at {@code version} (checked before and after the bytes
     * move).
     */
    @Transactional(propagation = Propagation.NEVER)
    public DossierView attach(long id, String materialCode, Upload upload, Long version, Actor actor) {
        MaterialKind kind = dossiers.requireAttachable(id, materialCode, version, actor);
        Set<DocumentType> allowed = kind == MaterialKind.PHOTOS ? PHOTOS : DOCUMENTS;
        return documents.store(
                upload, allowed, actor, stored -> dossiers.attach(id, materialCode, stored, version, actor));
    }

    /** A document of the dossier. @throws cn.ecozone.shared.ApiException 404 outside scope or for another's */
    public StoredDocument document(long id, long documentId, Actor actor) {
        return documents.require(dossiers.documentId(id, documentId, actor));
    }

    public InputStream open(StoredDocument document) throws IOException {
        return documents.open(document.id());
    }
}
