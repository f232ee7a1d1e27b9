package cn.ecozone.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page front end for its client-side routes (e.g. {@code /regions}, {@code
 * /regulations/IM-ECOCIV-2022}, {@code /public/152502/ECO_CIVILIZATION_ZONE}), so that a reload, a
 * bookmark or a shared link works. Paths under {@code /api} and paths with a file extension are not
 * forwarded.
 */
@Controller
class SpaForwardingController {

    @GetMapping({
        "/{page:^(?!api$|error$)[a-z-]+}",
        "/{page:^(?!api$|error$)[a-z-]+}/{sub:[A-Za-z0-9_-]+}",
        "/{page:^(?!api$|error$)[a-z-]+}/{sub:[A-Za-z0-9_-]+}/{leaf:[A-Za-z0-9_-]+}"
    })
    String forward() {
        return "forward:/index.html";
    }
}
