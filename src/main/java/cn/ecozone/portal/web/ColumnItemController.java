package cn.ecozone.portal.web;

import cn.ecozone.document.MultipartBody;
import cn.ecozone.document.StoredDocument;
import cn.ecozone.document.Upload;
import cn.ecozone.portal.ColumnAttachments;
import cn.ecozone.portal.ColumnItem;
import cn.ecozone.portal.ColumnItemFilter;
import cn.ecozone.portal.ColumnItemState;
import cn.ecozone.portal.ColumnListing;
import cn.ecozone.portal.ColumnReview;
import cn.ecozone.portal.PortalManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subjects' own column items and their approval (先审后发, issue 14 §7): drafted, edited, given files
 * and submitted by the subject; approved or returned by a colleague or the superior organization;
 * published by the subject once approved.
 */
@RestController
@Access.BusinessStaff
class ColumnItemController {

    static final String PUBLISHERS = "hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT')";
    static final String APPROVERS = "hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT',"
            + " 'PREFECTURE_STAFF', 'PROVINCE_STAFF')";

    private final PortalManagement portal;
    private final ColumnListing listing;
    private final ColumnReview review;
    private final ColumnAttachments files;
    private final DataSize maxSize;
    private final DataSize maxImageSize;

    private final WorkbookExports exports;

    ColumnItemController(
            PortalManagement portal,
            ColumnListing listing,
            ColumnReview review,
            ColumnAttachments files,
            @Value("${ecozone.files.max-size:20MB}") DataSize maxSize,
            @Value("${ecozone.portal.image-max-size:5MB}") DataSize maxImageSize,
            WorkbookExports exports) {
        this.exports = exports;
        this.portal = portal;
        this.listing = listing;
        this.review = review;
        this.files = files;
        this.maxSize = maxSize;
        this.maxImageSize = maxImageSize;
    }

    /**
     * A page of the actor's own column for {@code programme} (issue 14 §6): {@code q} part of the title,
     * state, kind, the year drafted; {@code sort} one of drafted, published, title, state, kind, {@code -}
     * before it for descending.
     */
    @GetMapping("/api/column-items")
    PageResult<ColumnItem> mine(
            @RequestParam String programme,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ColumnItemState state,
            @RequestParam(required = false) @Size(max = 20) String kind,
            @RequestParam(required = false) @Min(1900) @Max(9998) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return listing.list(
                new ColumnItemFilter(programme, q, state, kind, year, sort), CurrentActor.require(), page, size);
    }

    /** The list with the same filters and order as an .xlsx workbook (issue 14 §5), recorded in the audit log. */
    @GetMapping("/api/column-items/export")
    void export(
            @RequestParam String programme,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) ColumnItemState state,
            @RequestParam(required = false) @Size(max = 20) String kind,
            @RequestParam(required = false) @Min(1900) @Max(9998) Integer year,
            @RequestParam(required = false) @Size(max = 40) String sort,
            HttpServletResponse response)
            throws IOException {
        ColumnItemFilter filter = new ColumnItemFilter(programme, q, state, kind, year, sort);
        exports.export(
                response,
                "ColumnItem:export",
                filter.describe(),
                "公开专栏.xlsx",
                out -> listing.export(filter, CurrentActor.require(), out));
    }

    @GetMapping("/api/column-items/awaiting")
    @PreAuthorize(APPROVERS)
    PageResult<ColumnItem> awaiting(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return portal.awaiting(CurrentActor.require(), page, size);
    }

    @PostMapping("/api/column-items")
    @PreAuthorize(PUBLISHERS)
    @ResponseStatus(HttpStatus.CREATED)
    ColumnItem draft(@Valid @RequestBody ItemRequest body) {
        return portal.draft(body.programme(), body.kind(), body.title(), body.body(), CurrentActor.require());
    }

    @PutMapping("/api/column-items/{id}")
    @PreAuthorize(PUBLISHERS)
    ColumnItem edit(
            @PathVariable long id, @RequestParam(required = false) Long version, @Valid @RequestBody ItemRequest body) {
        return portal.edit(id, version, body.kind(), body.title(), body.body(), CurrentActor.require());
    }

    @PostMapping("/api/column-items/{id}/submit")
    @PreAuthorize(PUBLISHERS)
    ColumnItem submit(@PathVariable long id, @RequestParam(required = false) Long version) {
        return review.submit(id, version, CurrentActor.require());
    }

    @PostMapping("/api/column-items/{id}/approve")
    @PreAuthorize(APPROVERS)
    ColumnItem approve(@PathVariable long id, @RequestParam(required = false) Long version) {
        return review.approve(id, version, CurrentActor.require());
    }

    @PostMapping("/api/column-items/{id}/return")
    @PreAuthorize(APPROVERS)
    ColumnItem returnItem(
            @PathVariable long id,
            @RequestParam(required = false) Long version,
            @Valid @RequestBody(required = false) ReturnRequest body) {
        return review.returnItem(id, version, body == null ? null : body.reason(), CurrentActor.require());
    }

    @PostMapping("/api/column-items/{id}/publish")
    @PreAuthorize(PUBLISHERS)
    ColumnItem publish(@PathVariable long id, @RequestParam(required = false) Long version) {
        return review.publish(id, version, CurrentActor.require());
    }

    @DeleteMapping("/api/column-items/{id}")
    @PreAuthorize(PUBLISHERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, @RequestParam(required = false) Long version) {
        review.withdraw(id, version, CurrentActor.require());
    }

    /**
     * An image ({@code image=true}: PNG or JPEG, at most {@code ecozone.portal.image-max-size}) or an
     * attachment, read from the body as it arrives ({@code version} in the query string).
     */
    @PostMapping("/api/column-items/{id}/files")
    @PreAuthorize(PUBLISHERS)
    ColumnItem addFile(@PathVariable long id, HttpServletRequest request) {
        Long version = MultipartBody.queryLong(request, "version");
        boolean image = "true".equals(MultipartBody.queryParameter(request, "image"));
        Upload file = MultipartBody.file(request, "file", image ? maxImageSize : maxSize);
        if (file == null) {
            throw ApiException.invalid("file", "error.document.empty");
        }
        return files.add(id, image, file, version, CurrentActor.require());
    }

    @DeleteMapping("/api/column-items/{id}/files/{documentId}")
    @PreAuthorize(PUBLISHERS)
    ColumnItem removeFile(
            @PathVariable long id, @PathVariable long documentId, @RequestParam(required = false) Long version) {
        return files.remove(id, documentId, version, CurrentActor.require());
    }

    @GetMapping("/api/column-items/{id}/files/{documentId}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long documentId) throws IOException {
        StoredDocument d = files.internal(id, documentId, CurrentActor.require());
        return PortalController.ColumnFileResponse.of(d, files.open(d), PortalController.ColumnFileResponse.image(d));
    }

    record ItemRequest(
            @Size(max = 40, message = "{validation.size.max}")
            String programme,

            @Size(max = 16, message = "{validation.size.max}")
            String kind,

            @Size(max = 200, message = "{validation.size.max}")
            String title,

            @Size(max = 4000, message = "{validation.size.max}")
            String body) {}

    record ReturnRequest(
            @Size(max = 500, message = "{validation.size.max}")
            String reason) {}
}
