package cn.ecozone.regulation.web;

import cn.ecozone.regulation.Regulation;
import cn.ecozone.regulation.RegulationManagement;
import cn.ecozone.regulation.RegulationSummary;
import cn.ecozone.shared.Access;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only regulations: the public sees published versions; logged-in users see drafts too.
 * Anonymous GET is permitted by the identity module's security chain.
 */
@RestController
@RequestMapping("/api/regulations")
@Access.Public
class RegulationController {

    private final RegulationManagement regulations;

    RegulationController(RegulationManagement regulations) {
        this.regulations = regulations;
    }

    @GetMapping
    List<RegulationSummary> list() {
        return regulations.versions(loggedIn());
    }

    @GetMapping("/{code}")
    Regulation get(@PathVariable String code) {
        return regulations.latest(code, loggedIn());
    }

    private static boolean loggedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
