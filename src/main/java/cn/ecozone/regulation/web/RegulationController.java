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
 * Read-only regulations: everybody sees published versions; those who manage regulations ({@link
 * RegulationManagement#DRAFT_READERS}) see drafts too. Anonymous GET is permitted by the identity
 * module's security chain.
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
        return regulations.versions(readsDrafts());
    }

    @GetMapping("/{code}")
    Regulation get(@PathVariable String code) {
        return regulations.latest(code, readsDrafts());
    }

    /** Whether the caller is logged in with a role that manages regulations. */
    private static boolean readsDrafts() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return false;
        }
        return auth.getAuthorities().stream()
                .anyMatch(a -> RegulationManagement.DRAFT_READERS.stream()
                        .anyMatch(r -> r.authority().equals(a.getAuthority())));
    }
}
