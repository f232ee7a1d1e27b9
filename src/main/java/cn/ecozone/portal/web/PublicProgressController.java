package cn.ecozone.portal.web;

import cn.ecozone.portal.PublicProgress;
import cn.ecozone.portal.PublicProgressPage;
import cn.ecozone.regulation.Programme;
import cn.ecozone.shared.Access;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public progress page of a titled area (issue 13 §7): anonymous, confirmed values only. */
@RestController
class PublicProgressController {

    private final PublicProgressPage pages;

    PublicProgressController(PublicProgressPage pages) {
        this.pages = pages;
    }

    @Access.Public
    @GetMapping("/api/public/progress/{regionCode}")
    PublicProgress progress(
            @PathVariable String regionCode, @RequestParam(required = false) Programme programme, Locale locale) {
        return pages.of(regionCode, programme, locale);
    }
}
