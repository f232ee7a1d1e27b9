package cn.ecozone.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming reader of a multipart body's file part (issue 10, ADR 0021). */
class MultipartBodyTest {

    private static final String BOUNDARY = "----ecozone7MA4YWxkTrZu0gW";

    @Test
    void theFilePartIsReadByteForByteEvenWhenItsBytesLookLikeTheBoundary() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        // a near-miss of the delimiter inside the content, across the reader's 64 KiB buffer edge
        byte[] nearMiss =
                ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "X").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(nearMiss, 0, content, 65_530, nearMiss.length);
        byte[] body =
                body(part("note", null, "一段说明".getBytes(StandardCharsets.UTF_8)), part("file", "佐证材料.pdf", content));

        Upload upload = MultipartBody.file(trickle(body), BOUNDARY, "file");

        assertThat(upload.name()).isEqualTo("佐证材料.pdf");
        assertThat(upload.stream().readAllBytes()).isEqualTo(content);
    }

    @Test
    void aBodyCutOffInsideTheFilePartFailsInsteadOfEndingTheFile() throws IOException {
        byte[] body = body(part("file", "a.pdf", "%PDF-1.7 some bytes".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] cut = Arrays.copyOf(body, body.length - BOUNDARY.length() - 8);

        Upload upload = MultipartBody.file(new ByteArrayInputStream(cut), BOUNDARY, "file");

        assertThatThrownBy(() -> upload.stream().readAllBytes()).isInstanceOf(IOException.class);
    }

    @Test
    void aBodyWithoutTheFilePartHasNone() throws IOException {
        byte[] body = body(part("note", null, "x".getBytes(StandardCharsets.UTF_8)));

        assertThat(MultipartBody.file(new ByteArrayInputStream(body), BOUNDARY, "file"))
                .isNull();
    }

    @Test
    void theBoundaryIsTakenFromTheContentTypeQuotedOrNot() {
        assertThat(MultipartBody.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
        assertThat(MultipartBody.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\""))
                .isEqualTo("a b");
        assertThat(MultipartBody.boundary("application/json")).isNull();
    }

    private static byte[] part(String name, String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String disposition = "Content-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n";
        out.writeBytes(("--" + BOUNDARY + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(disposition.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("Content-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] body(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** The body in uneven pieces, as a socket delivers it. */
    private static InputStream trickle(byte[] body) {
        return new ByteArrayInputStream(body) {
            private int turn;

            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + (turn++ * 7919) % 20_000));
            }

            @Override
            public synchronized int available() {
                return 0;
            }
        };
    }
}
