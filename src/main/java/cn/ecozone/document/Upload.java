package cn.ecozone.document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The bytes of one uploaded file, handed to
 * {@link DocumentManagement#store(Upload, java.util.Set, cn.ecozone.shared.Actor, java.util.function.Function)}:
 * read from the request body as they arrive ({@link MultipartBody}, every upload since issue 10's third
 * pass), which the store writes and hashes in one pass, or held in memory (demo data, tests).
 */
public interface Upload {

    /** The name the client gave (cleaned before it is stored). */
    String name();

    /** The size in bytes, or -1 while it is not known (a streamed upload). */
    long size();

    /**
     * Moves the bytes to {@code target}, an absolute path in the store's folder; called at most once.
     * Precondition: {@code target} does not exist or may be replaced.
     */
    void transferTo(Path target) throws IOException;

    /**
     * The bytes as they arrive, when the upload is read from the request body as it is received
     * ({@link MultipartBody}): the store then writes and hashes them in one pass. Null (the default)
     * for bytes held in memory, which {@link #transferTo} writes.
     */
    default java.io.InputStream stream() {
        return null;
    }

    /** Bytes held in memory (demo data, tests), written to the target when transferred. */
    static Upload of(String name, byte[] content) {
        return new Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return content.length;
            }

            @Override
            public void transferTo(Path target) throws IOException {
                java.nio.file.Files.write(target, content);
            }
        };
    }

    /** Bytes read as they arrive ({@link MultipartBody}), written to the target once when transferred. */
    static Upload streamed(String name, java.io.InputStream content) {
        return new Upload() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public long size() {
                return -1;
            }

            @Override
            public void transferTo(Path target) throws IOException {
                java.nio.file.Files.copy(content, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }

            @Override
            public java.io.InputStream stream() {
                return content;
            }
        };
    }
}
