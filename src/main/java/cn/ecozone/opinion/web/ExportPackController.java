package cn.ecozone.opinion.web;

import cn.ecozone.dossier.DossierView;
import cn.ecozone.opinion.ExportPackManagement;
import cn.ecozone.shared.CurrentActor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The export pack of a submitted dossier for the national platform (IM eco-civ art. 16): for the
 * province's staff and the dossier's subject. The ZIP is written to the response as it is made.
 */
@RestController
class ExportPackController {

    private final ExportPackManagement packs;
    private final Clock clock;

    ExportPackController(ExportPackManagement packs, Clock clock) {
        this.packs = packs;
        this.clock = clock;
    }

    @GetMapping("/api/export-packs/{dossierId}")
    @PreAuthorize("hasAnyRole('PROVINCE_STAFF', 'COUNTY_GOVERNMENT', 'PREFECTURE_GOVERNMENT', 'CONSTRUCTION_SUBJECT')")
    void pack(@PathVariable long dossierId, HttpServletResponse response) throws IOException {
        DossierView d = packs.dossier(dossierId, CurrentActor.require());
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(ExportPackManagement.fileName(d), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        packs.write(d, response.getOutputStream(), clock.instant());
    }
}
