package cn.ecozone.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.shared.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * The store's copy fills whole buffers before it writes (issue 10, uploads, fourth pass): a part's
 * stream that hands out a few KB per read still arrives complete, hashed over exactly its bytes, and
 * the size limit still holds within a buffer.
 */
class FileStoreTest {

    @TempDir
    Path root;

    /** Hands out at most {@code chunk} bytes per read, as a multipart part's stream does (< 4 KB). */
    private static InputStream dribbling(byte[] content, int chunk) {
        return new ByteArrayInputStream(content) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return content;
    }

    @Test
    void aStreamReadInSmallPiecesIsWrittenWholeAndHashedOverExactlyItsBytes() throws Exception {
        byte[] content = bytes(1_000_003); // not a multiple of the buffer: the last write is partial
        FileStore store = new FileStore(new FileSystemFiles(root), DataSize.ofMegabytes(20));

        FileStore.Written<byte[]> written = store.write(dribbling(content, 4_000), Files::readAllBytes);

        assertThat(written.inspected()).isEqualTo(content);
        assertThat(written.size()).isEqualTo(content.length);
        assertThat(written.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        written.drop();
        assertThat(root).isEmptyDirectory();
    }

    @Test
    void aStreamOneByteOverTheLimitIsRefusedWith413AndLeavesNoFile() throws IOException {
        FileStore store = new FileStore(new FileSystemFiles(root), DataSize.ofBytes(100_000));

        assertThat(store.write(dribbling(bytes(100_000), 3_000), file -> Files.size(file))
                        .inspected())
                .isEqualTo(100_000L);
        assertThatThrownBy(() -> store.write(dribbling(bytes(100_001), 3_000), file -> Files.size(file)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status().value()).isEqualTo(413));
        try (var files = Files.list(root)) {
            assertThat(files).hasSize(1); // the first, accepted one, not yet dropped; the refused one is gone
        }
    }
}
