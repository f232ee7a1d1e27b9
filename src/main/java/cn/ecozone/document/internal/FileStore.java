package cn.ecozone.document.internal;

import cn.ecozone.document.Upload;
import cn.ecozone.shared.ApiException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Content-addressed file storage: each file is written (or, for an upload, moved) to a temporary file
 * in the store's work folder ({@link StoredFiles#workDir()}), its SHA-256 computed while it streams and
 * its size checked, inspected there (the caller's content check), and only then put in the store under
 * its hash in one step ({@link StoredFiles#put}: an atomic rename on the file system, one PUT with
 * length and checksum to S3), by {@link FilePlacement} in the transaction that records it. A failure
 * leaves no file behind; what a crash leaves (a temporary file, or a file whose row never committed) is
 * removed by {@link OrphanSweep} after a grace period.
 */
@Component
public class FileStore {

    private static final int BUFFER = 64 * 1024;

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final StoredFiles store;
    private final long maxBytes;

    FileStore(StoredFiles store, @Value("${ecozone.files.max-size:20MB}") DataSize max) {
        this.store = store;
        this.maxBytes = max.toBytes();
    }

    /** Whether the name is a stored file's name: a SHA-256 in lower-case hex. */
    static boolean isHash(String name) {
        return HASH.matcher(name).matches();
    }

    /**
     * @return the hash
     * @throws IllegalArgumentException when it is not one (a name never reaches the store unchecked)
     */
    static String requireHash(String sha256) {
        if (!isHash(sha256)) {
            throw new IllegalArgumentException("not a hash");
        }
        return sha256;
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
        private final StoredFiles store;
        private final String sha256;
        private final long size;
        private final T inspected;

        Written(Path temporary, StoredFiles store, String sha256, long size, T inspected) {
            this.temporary = temporary;
            this.store = store;
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

        /**
         * Puts the temporary file in the store under its hash, all at once, replacing a file of the same
         * bytes (which also refreshes its time, keeping the orphan sweep off it). Precondition: the hash's
         * lock is held.
         */
        void moveIntoPlace() throws IOException {
            store.put(sha256, temporary, size);
        }

        /** Removes the temporary file if it is still there (always, after an upload to S3). */
        public void drop() {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // best effort: a temporary file left behind is the orphan sweep's
            }
        }
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
        Path dir = Files.createDirectories(store.workDir());
        return Files.createTempFile(dir, "upload-", ".tmp").toAbsolutePath();
    }

    /** Inspects the complete temporary file; it stays there until {@link FilePlacement#place} moves it. */
    private <T> Written<T> checked(Path temp, MessageDigest digest, long size, Inspector<T> inspector)
            throws IOException {
        if (size == 0) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        T inspected = inspector.inspect(temp);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        return new Written<>(temp, store, sha256, size, inspected);
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

    /** The stored file's bytes, streamed from the store; the caller closes the stream. */
    public InputStream open(String sha256) throws IOException {
        return store.open(requireHash(sha256));
    }
}
