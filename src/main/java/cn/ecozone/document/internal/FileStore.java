package cn.ecozone.document.internal;

import cn.ecozone.document.Upload;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * Content-addressed file storage under {@code ecozone.files.dir}: each file is written (or, for an
 * upload, moved) to a temporary file in the same folder, its SHA-256 computed and its size checked, inspected
 * there (the caller's content check), and only then moved atomically to its hash name. A failure
 * leaves no file behind; what a crash leaves (a temporary file, or a file whose row never
 * committed) is removed by {@link OrphanSweep} after a grace period.
 */
@Component
public class FileStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final long maxBytes;

    FileStore(
            @Value("${ecozone.files.dir:./data/files}") Path root,
            @Value("${ecozone.files.max-size:20MB}") DataSize max) {
        this.root = root;
        this.maxBytes = max.toBytes();
    }

    /** Looks at a file's content before it is stored; throws to refuse it. */
    @FunctionalInterface
    public interface Inspector<T> {
        T inspect(Path file) throws IOException;
    }

    /** A file written into place, with what the inspector found; {@link #discard()} removes it if it was new. */
    public static final class Written<T> {
        private final Path path;
        private final String sha256;
        private final long size;
        private final T inspected;
        private final boolean created;

        Written(Path path, String sha256, long size, T inspected, boolean created) {
            this.path = path;
            this.sha256 = sha256;
            this.size = size;
            this.inspected = inspected;
            this.created = created;
        }

        public String sha256() {
            return sha256;
        }

        public long size() {
            return size;
        }

        public T inspected() {
            return inspected;
        }

        public void discard() {
            if (created) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException ignored) {
                    // best effort: an orphan file is named by its hash and harmless
                }
            }
        }

        /** Removes a newly created file if the current transaction rolls back. */
        public void removeOnRollback() {
            if (created && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            discard();
                        }
                    }
                });
            }
        }
    }

    /** The folder of stored files. */
    Path root() {
        return root;
    }

    /**
     * Writes the content to a temporary file while hashing it, has the inspector check it, and moves it
     * into place.
     *
     * @throws ApiException 413 when the content exceeds the size limit, or whatever the inspector
     *     throws (nothing is kept)
     */
    public <T> Written<T> write(InputStream in, Inspector<T> inspector) throws IOException {
        Path temp = temporary();
        try {
            MessageDigest digest = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    requireWithinLimit(size);
                    out.write(buffer, 0, n);
                }
            }
            return place(temp, digest, size, inspector);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Takes over an upload's bytes without copying them where the container allows (its part file is
     * renamed into a temporary file of the store), reads them once for their SHA-256, has the
     * inspector check them there, and moves the file atomically to its hash name.
     *
     * @throws ApiException 413 when the upload exceeds the size limit (checked before anything is
     *     moved), or whatever the inspector throws (nothing is kept)
     */
    public <T> Written<T> adopt(Upload upload, Inspector<T> inspector) throws IOException {
        requireWithinLimit(upload.size());
        Path temp = temporary();
        try {
            upload.transferTo(temp);
            MessageDigest digest = sha256();
            long size = 0;
            try (InputStream in = Files.newInputStream(temp)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    requireWithinLimit(size);
                    digest.update(buffer, 0, n);
                }
            }
            return place(temp, digest, size, inspector);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path temporary() throws IOException {
        Files.createDirectories(root);
        return Files.createTempFile(root, "upload-", ".tmp").toAbsolutePath();
    }

    /** Inspects the complete temporary file and moves it to its hash name (or drops it for an existing one). */
    private <T> Written<T> place(Path temp, MessageDigest digest, long size, Inspector<T> inspector)
            throws IOException {
        if (size == 0) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        T inspected = inspector.inspect(temp);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Path target = root.resolve(sha256);
        boolean created = !Files.exists(target);
        if (created) {
            move(temp, target);
        } else {
            // a fresh time keeps the orphan sweep off a file that a new row is about to name
            Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            Files.deleteIfExists(temp);
        }
        return new Written<>(target, sha256, size, inspected, created);
    }

    private void requireWithinLimit(long size) {
        if (size > maxBytes) {
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    "error.document.too-large",
                    new Object[] {DataSize.ofBytes(maxBytes).toMegabytes()},
                    null);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public InputStream open(String sha256) throws IOException {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a hash");
        }
        return Files.newInputStream(root.resolve(sha256));
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
