package cn.ecozone.indicator.web;

import cn.ecozone.indicator.ProgressManagement;
import cn.ecozone.indicator.internal.EditionCatalog;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.web.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Progress toward dated targets (Open SDG method), e.g. the Beautiful Inner Mongolia dashboard. Any logged-in user;
 * data scope applies.
 */
@RestController
@Access.BusinessStaff
class ProgressController {

    private final ProgressManagement progress;
    private final EditionCatalog catalog;

    ProgressController(ProgressManagement progress, EditionCatalog catalog) {
        this.progress = progress;
        this.catalog = catalog;
    }

    /** {@code baseYear} defaults to the edition's first year. */
    @GetMapping("/api/progress")
    ProgressManagement.Report progress(
            @RequestParam String edition,
            @RequestParam String region,
            @RequestParam(required = false) Integer baseYear,
            @RequestParam int year) {
        int base =
                baseYear != null ? baseYear : catalog.require(edition).edition().firstYear();
        return progress.progress(
                edition,
                region,
                base,
                year,
                CurrentActor.require(),
                Problems.supported(LocaleContextHolder.getLocale()));
    }
}
