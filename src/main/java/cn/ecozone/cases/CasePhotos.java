package cn.ecozone.cases;

import cn.ecozone.cases.internal.CaseAccess;
import cn.ecozone.cases.internal.CaseRows;
import cn.ecozone.cases.internal.CaseViews;
import cn.ecozone.cases.internal.TypicalCaseEntity;
import cn.ecozone.cases.internal.TypicalCases;
import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.shared.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's photos (PNG or JPEG, recognised by content), stored through the document module: its
 * government adds and removes them while the case is with it; whoever reads the case reads them.
 */
@Service
public class CasePhotos {

    /** At most so many photos per case. */
    public static final int MAX_PHOTOS = 12;

    private static final Set<DocumentType> IMAGES = Set.of(DocumentType.PNG, DocumentType.JPEG);

    private final TypicalCases cases;
    private final CaseAccess access;
    private final CaseRows rows;
    private final CaseViews views;
    private final DocumentManagement documents;
    private final java.time.Clock clock;

    CasePhotos(
            TypicalCases cases,
            CaseAccess access,
            CaseRows rows,
            CaseViews views,
            DocumentManagement documents,
            java.time.Clock clock) {
        this.clock = clock;
        this.cases = cases;
        this.access = access;
        this.rows = rows;
        this.views = views;
        this.documents = documents;
    }

    /**
     * Adds a photo at the end. The bytes are checked outside any transaction, then the case is locked
     * and checked again (its government's, with it, at {@code version}, fewer than {@link #MAX_PHOTOS}).
     */
    @Transactional(propagation = Propagation.NEVER)
    public CaseView add(long id, Upload upload, Long version, Actor actor) {
        access.readable(id, actor);
        return documents.store(upload, IMAGES, actor, stored -> {
            TypicalCaseEntity c = access.ownLocked(id, version, actor);
            c.requireWithSubject();
            if (rows.photos(List.of(id)).getOrDefault(id, List.of()).size() >= MAX_PHOTOS) {
                throw cn.ecozone.shared.ApiException.unprocessable(
                        "too-many-photos", "file", "cases.photos.too-many", MAX_PHOTOS);
            }
            rows.addPhoto(id, stored.id());
            return views.view(cases.saveAndFlush(c.touched(clock.instant())), actor);
        });
    }

    /** Removes a photo (the stored file stays, as every document does). */
    @Transactional
    public CaseView remove(long id, long documentId, Long version, Actor actor) {
        TypicalCaseEntity c = access.ownLocked(id, version, actor);
        c.requireWithSubject();
        if (!rows.removePhoto(id, documentId)) {
            throw new CaseFacts.CaseNotFound();
        }
        return views.view(cases.saveAndFlush(c.touched(clock.instant())), actor);
    }

    /** A photo of a case the actor reads; 404 for one the case does not hold. */
    @Transactional(readOnly = true)
    public StoredDocument photo(long id, long documentId, Actor actor) {
        access.readable(id, actor);
        return held(id, documentId);
    }

    /** The photo's bytes. Precondition: {@link #photo} (or the public library) allowed it. */
    public InputStream open(StoredDocument d) throws IOException {
        return documents.open(d.id());
    }

    StoredDocument held(long id, long documentId) {
        if (!rows.photos(List.of(id)).getOrDefault(id, List.of()).contains(documentId)) {
            throw new CaseFacts.CaseNotFound();
        }
        return documents.require(documentId);
    }
}
