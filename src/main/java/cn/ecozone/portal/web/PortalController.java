package cn.ecozone.portal.web;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanDocuments;
import cn.ecozone.portal.ColumnAttachments;
import cn.ecozone.portal.PortalHome;
import cn.ecozone.portal.PortalHomes;
import cn.ecozone.portal.PortalManagement;
import cn.ecozone.portal.PublicColumn;
import cn.ecozone.shared.Access;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public column, read without a login under {@code /api/public}: a subject's column, its promulgated
 * plans' texts and the files of its published items. The subjects' own items: {@link ColumnItemController}.
 */
@RestController
@Access.Public
class PortalController {

    private final PortalManagement portal;
    private final PlanDocuments plans;
    private final ColumnAttachments files;
    private final PortalHomes homes;

    PortalController(PortalManagement portal, PlanDocuments plans, ColumnAttachments files, PortalHomes homes) {
        this.portal = portal;
        this.plans = plans;
        this.files = files;
        this.homes = homes;
    }

    /** The public portal home: programmes, columns, current notices, titled areas, regulations (capped lists). */
    @GetMapping("/api/public/portal")
    PortalHome home() {
        return homes.home();
    }

    @GetMapping("/api/public/columns/{region}/{programme}")
    PublicColumn column(
            @PathVariable String region,
            @PathVariable String programme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return portal.column(region, programme, page, size);
    }

    /**
     * A promulgated plan's text, or with {@code documentId} the issuing document (印发文件) its
     * promulgation carried ({@link cn.ecozone.plan.PublicPlan#issuingDocumentId}); 404 for any other file.
     */
    @GetMapping("/api/public/plans/{id}/document")
    ResponseEntity<InputStreamResource> planText(@PathVariable long id, @RequestParam(required = false) Long documentId)
            throws IOException {
        StoredDocument d = plans.publicDocument(id, documentId);
        return ColumnFileResponse.of(d, plans.open(d), false);
    }

    /** A file of a published item: an image inline, anything else as a download; 404 before publication. */
    @GetMapping("/api/public/column-items/{id}/files/{documentId}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long documentId) throws IOException {
        StoredDocument d = files.published(id, documentId);
        return ColumnFileResponse.of(d, files.open(d), ColumnFileResponse.image(d));
    }

    /** A stored file as a response: its recognised type, size and name, streamed. */
    static final class ColumnFileResponse {

        private ColumnFileResponse() {}

        static boolean image(StoredDocument d) {
            return d.type().mediaType().startsWith("image/");
        }

        static ResponseEntity<InputStreamResource> of(StoredDocument d, java.io.InputStream in, boolean inline) {
            ContentDisposition.Builder disposition =
                    inline ? ContentDisposition.inline() : ContentDisposition.attachment();
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
}
