package cn.ecozone.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page front end for its client-side routes (e.g. {@code /regions}, {@code
 * /regulations/IM-ECOCIV-2022}, {@code /public/152502/ECO_CIVILIZATION_ZONE}, {@code
 * /print/plans/7/handling}), so that a reload, a bookmark, a shared link or a new tab works. Paths under {@code /api} and paths with a file extension are not
 * forwarded, nor those under {@code /actuator} (an endpoint not exposed there is a 404, never the
 * page with 200).
 */
@Controller
class SpaForwardingController {

    @GetMapping({
        "/{page:^(?!api$|error$|actuator$)[a-z-]+}",
        "/{page:^(?!api$|error$|actuator$)[a-z-]+}/{sub:[A-Za-z0-9_-]+}",
        "/{page:^(?!api$|error$|actuator$)[a-z-]+}/{sub:[A-Za-z0-9_-]+}/{leaf:[A-Za-z0-9_-]+}",
        // the print views, opened in a new tab (/print/plans/{id}/handling, …/receipt)
        "/{page:^(?!api$|error$|actuator$)[a-z-]+}/{sub:[A-Za-z0-9_-]+}/{leaf:[A-Za-z0-9_-]+}/{end:[a-z-]+}"
    })
    String forward() {
        return "forward:/index.html";
    }
}
