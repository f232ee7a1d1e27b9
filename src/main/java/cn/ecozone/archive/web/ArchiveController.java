package cn.ecozone.archive.web;

import cn.ecozone.archive.ArchiveManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The candidacy archive as one ZIP (创建工作档案), for the province's staff in scope and the subject
 * itself (404 for anyone else). The reader is checked and the entries listed before the first byte, so a
 * refusal is still problem+json; the ZIP is then streamed.
 */
@RestController
class ArchiveController {

    private final ArchiveManagement archives;

    ArchiveController(ArchiveManagement archives) {
        this.archives = archives;
    }

    @GetMapping("/api/candidacies/{id}/archive")
    @Access.BusinessStaff
    ResponseEntity<StreamingResponseBody> archive(@PathVariable long id) {
        ArchiveManagement.Prepared prepared = archives.prepare(id, CurrentActor.require());
        // the body is written on another thread: carry the request there, so that each document read is
        // audited with the reader, as reads in the request thread are
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        StreamingResponseBody body = out -> {
            RequestAttributes before = RequestContextHolder.getRequestAttributes();
            RequestContextHolder.setRequestAttributes(request);
            try {
                archives.write(prepared, out);
            } finally {
                RequestContextHolder.setRequestAttributes(before);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(prepared.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
