package cn.ecozone.identity.web;

import cn.ecozone.identity.UserAccount;
import cn.ecozone.identity.UserFilter;
import cn.ecozone.identity.UserManagement;
import cn.ecozone.identity.UserStatusManagement;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.PageResult;
import cn.ecozone.shared.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * User administration: the system admin manages business accounts, the security admin locks, unlocks
 * and resets passwords of business accounts; administrator accounts are replaced only through {@code
 * /api/admin-replacements} (三员分立).
 */
@RestController
@RequestMapping("/api/users")
class UserController {

    private final UserManagement users;
    private final UserStatusManagement statuses;

    UserController(UserManagement users, UserStatusManagement statuses) {
        this.users = users;
        this.statuses = statuses;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
    PageResult<UserAccount> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) Long organization,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return users.search(CurrentActor.require(), new UserFilter(q, role, enabled, region, organization), page, size);
    }

    /** Disables a business account with a reason; its sessions end (三员分立: 403 for an administrator's). */
    @PostMapping("/{id}/disable")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void disable(@PathVariable long id, @Valid @RequestBody StatusRequest body) {
        statuses.disable(id, body.reason().strip(), body.version(), CurrentActor.require());
    }

    /** Enables a disabled business account again, with a reason. */
    @PostMapping("/{id}/enable")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable long id, @Valid @RequestBody StatusRequest body) {
        statuses.enable(id, body.reason().strip(), body.version(), CurrentActor.require());
    }

    @PostMapping
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    UserAccount create(@Valid @RequestBody CreateRequest body) {
        return users.create(
                body.username(),
                body.displayName().strip(),
                body.role(),
                body.organizationId(),
                body.initialPassword(),
                CurrentActor.require());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    UserAccount update(@PathVariable long id, @Valid @RequestBody UpdateRequest body) {
        return users.update(
                id,
                body.displayName().strip(),
                body.role(),
                body.organizationId(),
                body.enabled(),
                body.version(),
                CurrentActor.require());
    }

    @PostMapping("/{id}/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable long id) {
        users.unlock(id, CurrentActor.require());
    }

    @PostMapping("/{id}/lock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void lock(@PathVariable long id) {
        users.lock(id, CurrentActor.require());
    }

    @PostMapping("/{id}/password-reset")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable long id, @Valid @RequestBody ResetRequest body) {
        users.resetPassword(id, body.newPassword(), CurrentActor.require());
    }

    record CreateRequest(
            @NotBlank(message = "{validation.required}")
            @Pattern(regexp = "[A-Za-z0-9._-]{3,32}", message = "{validation.username}")
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}")
            String displayName,

            @NotNull(message = "{validation.required}") Role role,
            @NotNull(message = "{validation.required}") Long organizationId,
            @NotBlank(message = "{validation.required}") String initialPassword) {}

    record UpdateRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}")
            String displayName,

            @NotNull(message = "{validation.required}") Role role,
            @NotNull(message = "{validation.required}") Long organizationId,
            @NotNull(message = "{validation.required}") Boolean enabled,
            @NotNull(message = "{validation.required}") Long version) {}

    record StatusRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}")
            String reason,

            @NotNull(message = "{validation.required}") Long version) {}

    record ResetRequest(
            @NotBlank(message = "{validation.required}") String newPassword) {}
}
