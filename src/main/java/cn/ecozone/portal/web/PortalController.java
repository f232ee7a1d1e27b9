package cn.ecozone.portal.web;

import cn.ecozone.document.StoredDocument;
import cn.ecozone.plan.PlanDocuments;
import cn.ecozone.portal.ColumnItem;
import cn.ecozone.portal.PortalManagement;
import cn.ecozone.portal.PublicColumn;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public column: anonymous reads under {@code /api/public}, the subject's own items under {@code /api/column-items}. */
@RestController
@Access.BusinessStaff
class PortalController {

    private final PortalManagement portal;
    private final PlanDocuments plans;

    PortalController(PortalManagement portal, PlanDocuments plans) {
        this.portal = portal;
        this.plans = plans;
    }

    @Access.Public
    @GetMapping("/api/public/columns/{region}/{programme}")
    PublicColumn column(
            @PathVariable String region,
            @PathVariable String programme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return portal.column(region, programme, page, size);
    }

    @Access.Public
    @GetMapping("/api/public/plans/{id}/document")
    ResponseEntity<InputStreamResource> planText(@PathVariable long id) throws IOException {
        StoredDocument d = plans.publicDocument(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(d.type().mediaType()))
                .contentLength(d.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(d.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(new InputStreamResource(plans.open(d)));
    }

    @GetMapping("/api/column-items")
    PageResult<ColumnItem> mine(
            @RequestParam String programme,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return portal.mine(programme, CurrentActor.require(), page, size);
    }

    @PostMapping("/api/column-items")
    @PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
    @ResponseStatus(HttpStatus.CREATED)
    ColumnItem publish(@Valid @RequestBody ItemRequest body) {
        return portal.publish(body.programme(), body.kind(), body.title(), body.body(), CurrentActor.require());
    }

    @DeleteMapping("/api/column-items/{id}")
    @PreAuthorize("hasAnyRole('COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, @RequestParam(required = false) Long version) {
        portal.withdraw(id, version, CurrentActor.require());
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
}
