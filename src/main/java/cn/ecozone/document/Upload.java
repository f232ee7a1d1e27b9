package cn.ecozone.document;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bytes of one uploaded file as the web container received them, handed to
 * {@link DocumentManagement#store(Upload, java.util.Set, cn.ecozone.shared.Actor, java.util.function.Function)}
 * so that the store takes them over instead of copying them: Tomcat keeps a received part in a file under
 * {@code spring.servlet.multipart.location} and renames it to the given path when both lie on one file
 * system (it copies otherwise).
 */
public interface Upload {

    /** The name the client gave (cleaned before it is stored). */
    String name();

    /** The size the container received, in bytes. */
    long size();

    /**
     * Moves the bytes to {@code target}, an absolute path in the store's folder; called at most once.
     * Precondition: {@code target} does not exist or may be replaced.
     */
    void transferTo(Path target) throws IOException;

    /**
     * The bytes as they arrive, when the upload is read from the request body as it is received
     * ({@link MultipartBody}): the store then writes and hashes them in one pass. Null (the default)
     * when the container holds them in a part file, which {@link #transferTo} moves.
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

    /** A multipart file as received by the container. */
    static Upload of(MultipartFile file) {
        return new Upload() {
            @Override
            public String name() {
                return file.getOriginalFilename();
            }

            @Override
            public long size() {
                return file.getSize();
            }

            @Override
            public void transferTo(Path target) throws IOException {
                // the File overload lets the container move its part file (the Path one always copies)
                file.transferTo(target.toAbsolutePath().toFile());
            }
        };
    }
}
