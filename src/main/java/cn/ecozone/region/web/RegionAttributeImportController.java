package cn.ecozone.region.web;

import cn.ecozone.region.RegionAttributeImportManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.UploadedWorkbooks;
import cn.ecozone.shared.web.WorkbookExports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Region attributes (terrain, grassland, coastal) for many regions at once (issue 14 §8): the
 * province department's staff, as for a single region's attributes, within their scope.
 */
@RestController
@Access.BusinessStaff
class RegionAttributeImportController {

    private final RegionAttributeImportManagement imports;
    private final UploadedWorkbooks workbooks;

    RegionAttributeImportController(RegionAttributeImportManagement imports, UploadedWorkbooks workbooks) {
        this.imports = imports;
        this.workbooks = workbooks;
    }

    /** The template, filled with the current attributes of the regions in scope. */
    @GetMapping("/api/region-attributes/template")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    void template(HttpServletResponse response) throws IOException {
        WorkbookExports.download(response, "地区属性表.xlsx", out -> imports.template(CurrentActor.require(), out));
    }

    /**
     * Imports a filled template with one reason (multipart: {@code reason} before the {@code file} part,
     * or {@code reason} in the query string). The workbook is taken as every workbook import takes it
     * (review s15 #3): streamed, size-limited, checked by content ({@link UploadedWorkbooks}); no
     * request parameter is asked for here, which would make the container store the body first.
     */
    @PostMapping("/api/region-attributes/import")
    @PreAuthorize("hasRole('PROVINCE_STAFF')")
    RegionAttributeImportManagement.Imported importWorkbook(HttpServletRequest request) {
        UploadedWorkbooks.Taken taken = workbooks.take(request, "file", RegionAttributeImportManagement.UPLOAD);
        try {
            return imports.importWorkbook(taken.file(), taken.fields().get("reason"), CurrentActor.require());
        } finally {
            workbooks.delete(taken.file());
        }
    }
}
