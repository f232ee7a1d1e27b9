package cn.ecozone.enforcement;

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
 * The documents of rectification reports (review finding 12): texts and images recognised by content,
 * size-limited, hashed and streamed by the document module. An upload is checked with no transaction
 * open and recorded in a short one (ADR 0016); whether the actor holds the subject's task is checked
 * before the bytes are stored and again when the document is kept with the rectification. Whoever may
 * read the rectification downloads them.
 */
@Service
@Transactional(readOnly = true)
public class RectificationDocuments {

    private static final Set<DocumentType> ALLOWED = allowed();

    private final RectificationManagement rectifications;
    private final DocumentManagement documents;

    RectificationDocuments(RectificationManagement rectifications, DocumentManagement documents) {
        this.rectifications = rectifications;
        this.documents = documents;
    }

    /**
     * Stores an upload and keeps it with rectification {@code id}. Precondition: no transaction is open
     * (enforced).
     */
    @Transactional(propagation = Propagation.NEVER)
    public RectificationView upload(long id, Upload upload, Actor actor) {
        rectifications.requireUploadable(id, actor);
        return documents.store(
                upload, ALLOWED, actor, stored -> rectifications.attach(id, stored.id(), stored.name(), actor));
    }

    /** Whether {@code actor} may upload for rectification {@code id} now, before its bytes are read. */
    @Transactional(propagation = Propagation.NEVER)
    public void requireUploadable(long id, Actor actor) {
        rectifications.requireUploadable(id, actor);
    }

    /** A document of rectification {@code id} in the actor's scope. @throws cn.ecozone.shared.ApiException 404 */
    public StoredDocument document(long id, long documentId, Actor actor) {
        return documents.require(rectifications.document(id, documentId, actor));
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
