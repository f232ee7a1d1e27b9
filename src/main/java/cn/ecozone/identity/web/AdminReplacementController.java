package cn.ecozone.identity.web;

import cn.ecozone.identity.AdminReplacement;
import cn.ecozone.identity.AdminReplacementFilter;
import cn.ecozone.identity.AdminReplacementManagement;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replacing an administrator account: proposed by one of the two other administrator roles, approved
 * by the remaining one (三员分立). Only the three administrators call it; the façade decides which.
 */
@RestController
@RequestMapping("/api/admin-replacements")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN')")
class AdminReplacementController {

    private final AdminReplacementManagement replacements;

    AdminReplacementController(AdminReplacementManagement replacements) {
        this.replacements = replacements;
    }

    /**
     * A page ({@code page} 0-based, {@code size} 1–100) of the proposals of one {@code state} or all,
     * replacing an account of {@code targetRole} or any, matching {@code q} (the replaced account, the
     * successor, the proposer or the reason), in {@code sort}'s order, newest first by default.
     */
    @GetMapping
    PageResult<AdminReplacement> list(
            @RequestParam(required = false) @Size(max = 20) String state,
            @RequestParam(required = false) Role targetRole,
            @RequestParam(required = false) @Size(max = 50) String q,
            @RequestParam(required = false) @Size(max = 40) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return replacements.list(new AdminReplacementFilter(state, targetRole, q, sort), page, size);
    }

    /** The administrator accounts the caller may propose to replace (id, username, name, role, enabled). */
    @GetMapping("/candidates")
    List<AdminReplacement.Candidate> candidates() {
        return replacements.candidates(CurrentActor.require());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AdminReplacement propose(@Valid @RequestBody ProposeRequest body) {
        return replacements.propose(
                body.targetUserId(),
                body.newUsername(),
                body.newDisplayName().strip(),
                body.initialPassword(),
                body.reason().strip(),
                CurrentActor.require());
    }

    @PostMapping("/{id}/approve")
    AdminReplacement approve(@PathVariable long id, @Valid @RequestBody DecisionRequest body) {
        return replacements.approve(id, body.version(), reason(body), CurrentActor.require());
    }

    @PostMapping("/{id}/decline")
    AdminReplacement decline(@PathVariable long id, @Valid @RequestBody DecisionRequest body) {
        return replacements.decline(id, body.version(), reason(body), CurrentActor.require());
    }

    private static String reason(DecisionRequest body) {
        return body.reason() == null || body.reason().isBlank()
                ? null
                : body.reason().strip();
    }

    record ProposeRequest(
            @NotNull(message = "{validation.required}") Long targetUserId,

            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[A-Za-z0-9._-]{3,32}", message = "{validation.username}")
            String newUsername,

            @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}")
            String newDisplayName,

            @NotBlank(message = "{validation.required}") String initialPassword,

            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
            String reason) {}

    /** {@code reason}: optional to approve, required to decline. */
    record DecisionRequest(
            @NotNull(message = "{validation.required}") Long version,

            @Size(max = 500, message = "{validation.size.max}")
            String reason) {}
}
