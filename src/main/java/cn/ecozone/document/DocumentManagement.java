package cn.ecozone.document;

import cn.ecozone.document.internal.ContentTypes;
import cn.ecozone.document.internal.DocumentEntity;
import cn.ecozone.document.internal.Documents;
import cn.ecozone.document.internal.FileStore;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores uploaded files: the type is recognised from the content (magic bytes), the size is
 * limited while reading, the file is written to a temporary file and moved into place, and it is
 * named by its SHA-256. If the surrounding transaction rolls back, a newly written file is removed.
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

    private final Documents documents;
    private final FileStore files;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    DocumentManagement(Documents documents, FileStore files, Clock clock, ApplicationEventPublisher events) {
        this.documents = documents;
        this.files = files;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Stores a file. Preconditions: the caller has checked that the actor may attach it.
     *
     * @param allowed the types accepted here; anything else is refused with 415
     * @throws ApiException 415 for a type not allowed, 413 above the size limit
     */
    @Transactional
    public StoredDocument store(String name, InputStream content, Set<DocumentType> allowed, Actor actor) {
        FileStore.Written written;
        try {
            written = files.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocumentType type = ContentTypes.detect(written.head());
        if (type == null || !allowed.contains(type)) {
            written.discard();
            throw new ApiException(
                    org.springframework.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-type",
                    "error.document.type",
                    new Object[] {
                        String.join("、", allowed.stream().map(Enum::name).toList())
                    },
                    java.util.List.of(new ApiException.FieldError("file", "error.document.type", new Object[] {
                        String.join("、", allowed.stream().map(Enum::name).toList())
                    })));
        }
        written.removeOnRollback();
        String cleanName = clean(name);
        DocumentEntity entity = documents.saveAndFlush(new DocumentEntity(
                cleanName, type, written.size(), written.sha256(), actor.username(), clock.instant()));
        return toDocument(entity);
    }

    /** @throws ApiException 404 for an unknown id */
    public StoredDocument require(long id) {
        return toDocument(entity(id));
    }

    /**
     * The file's bytes; the caller checks that the actor may read it. The read is announced as a
     * {@link DocumentRead} first (the audit log records it), and fails if that fails.
     */
    public InputStream open(long id) throws IOException {
        DocumentEntity document = entity(id);
        events.publishEvent(new DocumentRead(document.id(), document.name(), document.sha256()));
        return files.open(document.sha256());
    }

    private DocumentEntity entity(long id) {
        return documents.findById(id).orElseThrow(() -> ApiException.notFound("error.document.not-found", id));
    }

    private static String clean(String name) {
        String base = name == null ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}]", "")
                .strip();
        return base.isEmpty() ? "file" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static StoredDocument toDocument(DocumentEntity e) {
        return new StoredDocument(e.id(), e.name(), e.type(), e.size(), e.sha256(), e.uploadedBy(), e.uploadedAt());
    }
}
