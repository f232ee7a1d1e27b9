package cn.ecozone.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page front end for its client-side routes (e.g. {@code /regions}), so that a
 * reload or a bookmark works. Paths under {@code /api} and paths with a file extension are not
 * forwarded.
 */
@Controller
class SpaForwardingController {

    @GetMapping({"/{page:^(?!api$|error$)[a-z-]+}", "/{page:^(?!api$|error$)[a-z-]+}/{sub:[a-z0-9-]+}"})
    String forward() {
        return "forward:/index.html";
    }
}
