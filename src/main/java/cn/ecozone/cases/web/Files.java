package cn.ecozone.cases.web;

import cn.ecozone.document.StoredDocument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as a response: its recognised type, size and name, streamed. */
final class Files {

    private Files() {}

    static ResponseEntity<InputStreamResource> inline(StoredDocument d, InputStream in) {
        return respond(d, in, ContentDisposition.inline());
    }

    static ResponseEntity<InputStreamResource> attachment(StoredDocument d, InputStream in) {
        return respond(d, in, ContentDisposition.attachment());
    }

    private static ResponseEntity<InputStreamResource> respond(
            StoredDocument d, InputStream in, ContentDisposition.Builder disposition) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }
}
