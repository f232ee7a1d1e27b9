package cn.ecozone.region.web;

import cn.ecozone.region.RegionAttributeImportManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Region attributes (terrain, grassland, coastal) for many regions at once (issue 14 §8): the
 * province department's staff, as for a single region's attributes, within their scope.
 */
@RestController
@Access.BusinessStaff
class RegionAttributeImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RegionAttributeImportManagement imports;

    RegionAttributeImportController(RegionAttributeImportManagement imports) {
        this.imports = imports;
    }

    /** The template, filled with the current attributes of the regions in scope. */
    @GetMapping("/api/region-attributes/template")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    void template(HttpServletResponse response) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.template(CurrentActor.require(), out);
        response.setContentType(XLSX);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("地区属性表.xlsx", StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }

    /** Imports a filled template with one reason (multipart: {@code file} and {@code reason}). */
    @PostMapping("/api/region-attributes/import")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RegionAttributeImportManagement.Imported importWorkbook(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "reason", required = false) String reason)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw ApiException.invalid("file", "error.region.import.empty");
        }
        try (InputStream content = file.getInputStream()) {
            return imports.importWorkbook(content, reason, CurrentActor.require());
        }
    }
}
