package cn.ecozone.document;

import cn.ecozone.document.internal.ContentCheck;
import cn.ecozone.document.internal.DocumentEntity;
import cn.ecozone.document.internal.Documents;
import cn.ecozone.document.internal.FilePlacement;
import cn.ecozone.document.internal.FileStore;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.ZipInflation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores uploaded files: the size is limited while reading, the file is written to a temporary file,
 * its type is detected from the content with Apache Tika and the file is parsed far enough to prove
 * it ({@link ContentCheck}), and only then is it moved into place, named by its SHA-256, in the
 * transaction that inserts its row. If that transaction rolls back, the file is removed unless a
 * committed row of the same bytes names it ({@code FilePlacement}: a per-hash row lock, so two uploads of
 * the same bytes never remove each other's file); a crash between the move and the commit leaves a file
 * that the orphan sweep removes after a grace period. An upload's bytes are
 * taken over from the container's part file and checked with no transaction open (ADR 0016).
 */
@Service
@Transactional(readOnly = true)
public class DocumentManagement {

    private static final Logger log = LoggerFactory.getLogger(DocumentManagement.class);

    private final Documents documents;
    private final FileStore files;
    private final FilePlacement placement;
    private final ContentCheck checks;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    DocumentManagement(
            Documents documents,
            FileStore files,
            FilePlacement placement,
            ContentCheck checks,
            Clock clock,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.files = files;
        this.placement = placement;
        this.checks = checks;
        this.clock = clock;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Stores an upload and records it, holding no database connection while its bytes are moved,
     * hashed, detected and parsed: the file is checked in a temporary file first, outside any
     * transaction, and only then are the document's row inserted, {@code link} run and the file moved
     * to its hash name, in one short transaction. The file is removed again when the content check
     * refuses it or when {@code link} or the transaction fails (unless a committed row of the same bytes
     * names it), so a refused upload leaves no file and no row; what a crash leaves is the
     * orphan sweep's. Preconditions: no transaction is open (enforced); the caller has checked that
     * the actor may attach the file, and checks it again in {@code link}, since things may have changed
     * while the bytes were checked.
     *
     * @param link what the caller records with the document, in the document's transaction
     * @param allowed the types accepted here; anything else is refused with 415
     * @throws ApiException 415 for a type not allowed or a file that does not parse as the type its
     *     first bytes claim, 413 above the size limit, 422 for a ZIP that inflates too far, or what
     *     {@code link} throws
     */
    @Transactional(propagation = Propagation.NEVER)
    public <T> T store(Upload upload, Set<DocumentType> allowed, Actor actor, Function<StoredDocument, T> link) {
        FileStore.Written<ContentCheck.Found> written =
                checked(upload.name(), allowed, inspector -> files.adopt(upload, inspector));
        try {
            return transactions.execute(status -> {
                T linked = link.apply(record(upload.name(), written, actor));
                // last, so that the hash's lock is held only from the move to the commit (FilePlacement)
                placement.place(written);
                return linked;
            });
        } finally {
            written.drop();
        }
    }

    /** Something that writes the file with the given content check. */
    @FunctionalInterface
    private interface Writing {
        FileStore.Written<ContentCheck.Found> write(FileStore.Inspector<ContentCheck.Found> inspector)
                throws IOException;
    }

    /** Writes the file through the content check, turning a refusal into the client's error. */
    private FileStore.Written<ContentCheck.Found> checked(String name, Set<DocumentType> allowed, Writing writing) {
        try {
            return writing.write(file -> accepted(checks.inspect(file, name), allowed));
        } catch (ZipInflation.LimitExceeded e) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "unsafe-file",
                    "error.document.unsafe",
                    null,
                    fileError("error.document.unsafe", new Object[0]));
        } catch (ContentCheck.Unreadable e) {
            log.info("Upload {} refused: claims {} but {}", clean(name), e.claimed(), e.getMessage());
            Object[] args = {e.claimed().name(), names(allowed)};
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unreadable-file",
                    "error.document.unreadable",
                    args,
                    fileError("error.document.unreadable", args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredDocument record(String name, FileStore.Written<ContentCheck.Found> written, Actor actor) {
        ContentCheck.Found found = written.inspected();
        DocumentEntity entity = documents.saveAndFlush(new DocumentEntity(
                clean(name),
                found.type(),
                written.size(),
                written.sha256(),
                actor.username(),
                clock.instant(),
                found.width(),
                found.height()));
        return toDocument(entity);
    }

    /** The found type when it is allowed here; anything else is refused with 415. */
    private static ContentCheck.Found accepted(ContentCheck.Found found, Set<DocumentType> allowed) {
        if (found == null || !allowed.contains(found.type())) {
            Object[] args = {names(allowed)};
            throw new ApiException(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-type",
                    "error.document.type",
                    args,
                    fileError("error.document.type", args));
        }
        return found;
    }

    private static String names(Set<DocumentType> allowed) {
        return String.join("、", allowed.stream().sorted().map(Enum::name).toList());
    }

    private static List<ApiException.FieldError> fileError(String key, Object[] args) {
        return List.of(new ApiException.FieldError("file", key, args));
    }

    /** @throws ApiException 404 for an unknown id */
    public StoredDocument require(long id) {
        return toDocument(entity(id));
    }

    /**
     * The stored documents {@code ids} that exist, by id, for a list of files: one statement however
     * many ids.
     */
    public Map<Long, StoredDocument> all(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return documents.findAllById(ids).stream()
                .collect(Collectors.toMap(DocumentEntity::id, DocumentManagement::toDocument));
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
        return new StoredDocument(
                e.id(),
                e.name(),
                e.type(),
                e.size(),
                e.sha256(),
                e.uploadedBy(),
                e.uploadedAt(),
                e.width(),
                e.height());
    }
}
