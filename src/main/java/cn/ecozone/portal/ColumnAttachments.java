package cn.ecozone.portal;

import cn.ecozone.document.DocumentManagement;
import cn.ecozone.document.DocumentType;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.portal.internal.ColumnApprovers;
import cn.ecozone.portal.internal.ColumnFiles;
import cn.ecozone.portal.internal.ColumnItemEntity;
import cn.ecozone.portal.internal.ColumnItems;
import cn.ecozone.portal.internal.ColumnViews;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.DataScope;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The images and attachments of a column item (issue 14 §7), stored through the document module (type by
 * content, SHA-256, streamed): images PNG or JPEG only, shown inline; attachments PDF and the office formats,
 * downloaded. Added and removed by the drafter while the item is a draft or returned; served to the public
 * only once the item is published (404 before, as for an unknown file), to the staff before that only to the
 * drafter and the item's approvers.
 */
@Service
public class ColumnAttachments {

    /** At most so many files per item. */
    public static final int MAX_FILES = 12;

    private static final Set<DocumentType> IMAGES = Set.of(DocumentType.PNG, DocumentType.JPEG);
    private static final Set<DocumentType> ATTACHMENTS = Set.of(
            DocumentType.PDF,
            DocumentType.DOCX,
            DocumentType.DOC,
            DocumentType.WPS,
            DocumentType.OFD,
            DocumentType.XLSX,
            DocumentType.PNG,
            DocumentType.JPEG);

    private final ColumnItems items;
    private final ColumnFiles files;
    private final ColumnViews views;
    private final DocumentManagement documents;

    ColumnAttachments(ColumnItems items, ColumnFiles files, ColumnViews views, DocumentManagement documents) {
        this.items = items;
        this.files = files;
        this.views = views;
        this.documents = documents;
    }

    /**
     * Adds an image ({@code image}) or an attachment at the end. The bytes are checked outside any
     * transaction; then the item is locked and checked again (the actor's organization's, editable, at
     * {@code version}, fewer than {@link #MAX_FILES} files).
     */
    @Transactional(propagation = Propagation.NEVER)
    public ColumnItem add(long id, boolean image, Upload upload, Long version, Actor actor) {
        return documents.store(upload, image ? IMAGES : ATTACHMENTS, actor, stored -> {
            ColumnItemEntity item = ColumnReview.drafted(items, id, version, actor);
            item.requireEditable();
            if (files.count(id) >= MAX_FILES) {
                throw ApiException.unprocessable("too-many-files", "file", "portal.files.too-many", MAX_FILES);
            }
            files.add(id, stored.id(), image);
            return views.view(items.saveAndFlush(item));
        });
    }

    /** Removes a file of an editable item (the stored file stays, as every document does). */
    @Transactional
    public ColumnItem remove(long id, long documentId, Long version, Actor actor) {
        ColumnItemEntity item = ColumnReview.drafted(items, id, version, actor);
        item.requireEditable();
        if (!files.remove(id, documentId)) {
            throw new PortalFacts.ColumnItemNotFound(id);
        }
        return views.view(items.saveAndFlush(item));
    }

    /** A file of a published item, for anybody; 404 for a file of an item not (or no longer) published. */
    @Transactional(readOnly = true)
    public StoredDocument published(long id, long documentId) {
        ColumnItemEntity item = items.findById(id)
                .filter(i -> i.state() == ColumnItemState.PUBLISHED)
                .orElseThrow(() -> new PortalFacts.ColumnItemNotFound(id));
        return held(item, documentId);
    }

    /**
     * A file of an item for the staff (review s15 #7): once the item is published, for anybody in scope; before
     * (and after a withdrawal), only for its drafter and those who may approve it ({@link
     * ColumnApprovers#mayReadUnpublished}). 404 otherwise, and out of the actor's scope (a bound {@code
     * region_path like :scope}), as for an unknown file.
     */
    @Transactional(readOnly = true)
    public StoredDocument internal(long id, long documentId, Actor actor) {
        ColumnItemEntity item = items.inScope(id, DataScope.of(actor).pathPattern())
                .filter(i -> i.state() == ColumnItemState.PUBLISHED || ColumnApprovers.mayReadUnpublished(i, actor))
                .orElseThrow(() -> new PortalFacts.ColumnItemNotFound(id));
        return held(item, documentId);
    }

    /** The file's bytes. Precondition: {@link #published} or {@link #internal} allowed it. */
    public InputStream open(StoredDocument d) throws IOException {
        return documents.open(d.id());
    }

    private StoredDocument held(ColumnItemEntity item, long documentId) {
        boolean holds = files.of(List.of(item.id())).getOrDefault(item.id(), List.of()).stream()
                .anyMatch(r -> r.documentId() == documentId);
        if (!holds) {
            throw new PortalFacts.ColumnItemNotFound(item.id());
        }
        return documents.require(documentId);
    }
}
