package cn.ecozone.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.ecozone.shared.ApiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** The file part of a multipart body read as it arrives, by commons-fileupload2 (issue 10, ADR 0021). */
class MultipartBodyTest {

    private static final String BOUNDARY = "----ecozone7MA4YWxkTrZu0gW";
    private static final DataSize MAX = DataSize.ofKilobytes(512);

    @Test
    void theFilePartAfterAFieldIsReadByteForByteWithItsChineseNameEvenWhereItLooksLikeTheBoundary() throws IOException {
        byte[] content = new byte[300_000];
        new Random(7).nextBytes(content);
        byte[] nearMiss =
                ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "X").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(nearMiss, 0, content, 65_530, nearMiss.length);
        byte[] body =
                body(part("note", null, "一段说明".getBytes(StandardCharsets.UTF_8)), part("file", "佐证材料.pdf", content));

        Upload upload = MultipartBody.file(request(body), "file", MAX);

        assertThat(upload.name()).isEqualTo("佐证材料.pdf");
        assertThat(upload.stream().readAllBytes()).isEqualTo(content);
    }

    @Test
    void aBodyCutOffInsideTheFilePartFailsTheReadWithA400InsteadOfEndingTheFile() {
        byte[] body = body(part("file", "a.pdf", "%PDF-1.7 some bytes".getBytes(StandardCharsets.ISO_8859_1)));
        byte[] cut = Arrays.copyOf(body, body.length - BOUNDARY.length() - 8);

        Upload upload = MultipartBody.file(request(cut), "file", MAX);

        refused(() -> upload.stream().readAllBytes(), HttpStatus.BAD_REQUEST, "error.upload.malformed");
    }

    /** The library ends the body at a malformed delimiter; the endpoint answers "no file" with a 400. */
    @Test
    void aDelimiterFollowedByGarbageEndsTheBodySoTheFileAfterItIsNotTaken() {
        ByteArrayOutputStream malformed = new ByteArrayOutputStream();
        malformed.writeBytes(part("note", null, "x".getBytes(StandardCharsets.UTF_8)));
        malformed.writeBytes(("--" + BOUNDARY + "garbage\r\n").getBytes(StandardCharsets.ISO_8859_1));
        malformed.writeBytes(body(part("file", "a.pdf", new byte[10])));

        assertThat(MultipartBody.file(request(malformed.toByteArray()), "file", MAX))
                .isNull();
    }

    @Test
    void aBodyCutOffInsideAPartHeaderIsRefusedWithA400() {
        byte[] body = body(part("file", "a.pdf", new byte[10]));
        byte[] cut = Arrays.copyOf(body, BOUNDARY.length() + 30);

        refused(() -> MultipartBody.file(request(cut), "file", MAX), HttpStatus.BAD_REQUEST, "error.upload.malformed");
    }

    @Test
    void aRequestThatIsNotMultipartIsRefusedWithA400() {
        MockHttpServletRequest json = request("{}".getBytes(StandardCharsets.US_ASCII));
        json.setContentType("application/json");

        refused(() -> MultipartBody.file(json, "file", MAX), HttpStatus.BAD_REQUEST, "error.upload.multipart");
    }

    @Test
    void aBodyWithoutTheFilePartHasNone() {
        byte[] body = body(part("note", null, "x".getBytes(StandardCharsets.UTF_8)));

        assertThat(MultipartBody.file(request(body), "file", MAX)).isNull();
    }

    @Test
    void aFileOverTheLimitFailsWhileItIsReadWithA413AndOneOfExactlyTheLimitPasses() throws IOException {
        byte[] over = new byte[(int) MAX.toBytes() + 100];
        byte[] exact = Arrays.copyOf(over, (int) MAX.toBytes());

        Upload tooLarge = MultipartBody.file(request(body(part("file", "大.pdf", over))), "file", MAX);
        Upload fits = MultipartBody.file(request(body(part("file", "刚好.pdf", exact))), "file", MAX);

        refused(() -> tooLarge.stream().readAllBytes(), HttpStatus.CONTENT_TOO_LARGE, "error.document.too-large");
        assertThat(fits.stream().readAllBytes()).hasSize(exact.length);
    }

    @Test
    void moreFieldsBeforeTheFileThanAllowedAreRefusedWithA400() {
        byte[][] parts = new byte[MultipartBody.MAX_PARTS + 1][];
        Arrays.setAll(parts, i -> part("note" + i, null, "x".getBytes(StandardCharsets.UTF_8)));
        parts[MultipartBody.MAX_PARTS] = part("file", "a.pdf", new byte[10]);

        refused(
                () -> MultipartBody.file(request(body(parts)), "file", MAX),
                HttpStatus.BAD_REQUEST,
                "error.upload.malformed");
    }

    @Test
    void aPartHeaderOverTwoKilobytesIsRefusedAsAFileNameTooLongAndA500CharacterChineseNameFits() {
        // the 2 KB of server.tomcat.max-part-header-size, which the other uploads allowed (was 512 bytes)
        byte[] tooLong = body(part("file", "很".repeat(700) + ".pdf", new byte[10]));
        String longName = "生态文明建设示范区佐证材料".repeat(38) + "附件.pdf"; // 500 characters, 1,500+ bytes

        Upload fits = MultipartBody.file(request(body(part("file", longName, new byte[10]))), "file", MAX);

        assertThat(fits.name()).isEqualTo(longName);
        refused(
                () -> MultipartBody.file(request(tooLong), "file", MAX),
                HttpStatus.BAD_REQUEST,
                "error.upload.header-too-large");
    }

    private static void refused(ThrowingCallable call, HttpStatus status, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }

    private static MockHttpServletRequest request(byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/evidence");
        request.setContentType("multipart/form-data; boundary=" + BOUNDARY);
        request.setContent(body);
        return request;
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
}
