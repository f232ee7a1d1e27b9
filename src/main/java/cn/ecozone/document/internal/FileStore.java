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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Content-addressed file storage under {@code ecozone.files.dir}: each file is written (or, for an
 * upload, moved) to a temporary file in the same folder, its SHA-256 computed and its size checked, inspected
 * there (the caller's content check), and only then moved atomically to its hash name, by
 * {@link FilePlacement} in the transaction that records it. A failure leaves no file behind; what a crash leaves (a temporary file, or a file whose row never
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

    /**
     * A checked file, still in its temporary file, with its hash and what the inspector found. It is put
     * in place by {@link FilePlacement#place} in the transaction that records it; {@link #drop()} removes
     * the temporary file if it was not (always call it when done).
     */
    public static final class Written<T> {
        private final Path temporary;
        private final Path target;
        private final String sha256;
        private final long size;
        private final T inspected;

        Written(Path temporary, Path target, String sha256, long size, T inspected) {
            this.temporary = temporary;
            this.target = target;
            this.sha256 = sha256;
            this.size = size;
            this.inspected = inspected;
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

        /** The file's name in the store, named by its hash. */
        Path target() {
            return target;
        }

        /**
         * Moves the temporary file to its hash name, atomically replacing a file of the same bytes (which
         * also refreshes its time, keeping the orphan sweep off it). Precondition: the hash's lock is held.
         */
        void moveIntoPlace() throws IOException {
            move(temporary, target);
        }

        /** Removes the temporary file if it was not moved into place. */
        public void drop() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort: a temporary file left behind is the orphan sweep's
            }
        }
    }

    /** The folder of stored files. */
    Path root() {
        return root;
    }

    /**
     * Writes the content to a temporary file while hashing it and has the inspector check it; the
     * caller puts it in place ({@link FilePlacement#place}) and then {@link Written#drop()}s it.
     *
     * @throws ApiException 413 when the content exceeds the size limit, or whatever the inspector
     *     throws (nothing is kept)
     */
    public <T> Written<T> write(InputStream in, Inspector<T> inspector) throws IOException {
        Path temp = temporary();
        boolean checked = false;
        try {
            MessageDigest digest = sha256();
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                size = copyWithinLimit(in, out);
            }
            Written<T> written = checked(temp, digest, size, inspector);
            checked = true;
            return written;
        } finally {
            if (!checked) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Copies {@code in} to {@code out} in whole buffers; returns the bytes copied. The buffer is filled
     * before each write: a multipart part's stream hands out less than 4 KB per read (commons-fileupload2's
     * buffer), and one write (a system call) per 4 KB cost the server CPU per byte (issue 10, session 9).
     *
     * @throws ApiException 413 past the limit
     */
    private long copyWithinLimit(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        for (int n = in.readNBytes(buffer, 0, BUFFER); n > 0; n = in.readNBytes(buffer, 0, BUFFER)) {
            size += n;
            requireWithinLimit(size);
            out.write(buffer, 0, n);
        }
        return size;
    }

    /**
     * Takes over an upload's bytes without copying them where the container allows (its part file is
     * renamed into a temporary file of the store), reads them once for their SHA-256, has the
     * inspector check them there; the caller puts the file in place as after {@link #write}.
     *
     * @throws ApiException 413 when the upload exceeds the size limit (checked before anything is
     *     moved), or whatever the inspector throws (nothing is kept)
     */
    public <T> Written<T> adopt(Upload upload, Inspector<T> inspector) throws IOException {
        if (upload.stream() != null) {
            return write(upload.stream(), inspector); // read from the request once, hashed while written
        }
        requireWithinLimit(upload.size());
        Path temp = temporary();
        boolean checked = false;
        try {
            upload.transferTo(temp);
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = Files.newInputStream(temp);
                    OutputStream hashed = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
                size = copyWithinLimit(in, hashed);
            }
            Written<T> written = checked(temp, digest, size, inspector);
            checked = true;
            return written;
        } finally {
            if (!checked) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private Path temporary() throws IOException {
        Files.createDirectories(root);
        return Files.createTempFile(root, "upload-", ".tmp").toAbsolutePath();
    }

    /** Inspects the complete temporary file; it stays there until {@link FilePlacement#place} moves it. */
    private <T> Written<T> checked(Path temp, MessageDigest digest, long size, Inspector<T> inspector)
            throws IOException {
        if (size == 0) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        T inspected = inspector.inspect(temp);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        return new Written<>(temp, root.resolve(sha256), sha256, size, inspected);
    }

    private void requireWithinLimit(long size) {
        if (size > maxBytes) {
            Object[] args = {DataSize.ofBytes(maxBytes).toMegabytes()};
            throw new ApiException(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "too-large",
                    "error.document.too-large",
                    args,
                    java.util.List.of(new ApiException.FieldError("file", "error.document.too-large", args)));
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
