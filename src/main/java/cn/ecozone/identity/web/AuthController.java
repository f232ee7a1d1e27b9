package cn.ecozone.identity.web;

import cn.ecozone.identity.OwnAccountManagement;
import cn.ecozone.identity.internal.AccountSessions;
import cn.ecozone.identity.internal.IdentityProperties;
import cn.ecozone.identity.internal.LoginService;
import cn.ecozone.identity.internal.LoginService.Failed;
import cn.ecozone.identity.internal.LoginService.Succeeded;
import cn.ecozone.region.LevelName;
import cn.ecozone.region.Region;
import cn.ecozone.region.RegionLevel;
import cn.ecozone.region.RegionManagement;
import cn.ecozone.shared.Access;
import cn.ecozone.shared.Actor;
import cn.ecozone.shared.ApiException;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.Role;
import cn.ecozone.shared.startup.StartupReadiness;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Login, logout, the current user and the own password change. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private static final DateTimeFormatter LOCK_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final LoginService logins;
    private final OwnAccountManagement account;
    private final RegionManagement regions;
    private final SecurityContextRepository contexts;
    private final IdentityProperties properties;
    private final AccountSessions sessions;
    private final CsrfTokenRepository csrfTokens;
    private final StartupReadiness startup;

    AuthController(
            LoginService logins,
            OwnAccountManagement account,
            RegionManagement regions,
            SecurityContextRepository contexts,
            IdentityProperties properties,
            AccountSessions sessions,
            CsrfTokenRepository csrfTokens,
            StartupReadiness startup) {
        this.startup = startup;
        this.logins = logins;
        this.account = account;
        this.regions = regions;
        this.contexts = contexts;
        this.properties = properties;
        this.sessions = sessions;
        this.csrfTokens = csrfTokens;
    }

    /** Makes sure the XSRF-TOKEN cookie is set, so that the front end can send it back. */
    @Access.Public
    @GetMapping("/csrf")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void csrf(CsrfToken token) {
        token.getToken();
    }

    @Access.Public
    @PostMapping("/login")
    Me login(@Valid @RequestBody LoginRequest body, HttpServletRequest request, HttpServletResponse response) {
        // 503 while the demo data (startup tasks) loads: an account may not exist yet (issue 10)
        startup.requireStarted();
        var outcome = logins.login(body.username().strip(), body.password(), request.getRemoteAddr());
        if (outcome instanceof Failed failed) {
            throw switch (failed.code()) {
                case "throttled" ->
                    new ApiException(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "throttled",
                            "error.login.throttled",
                            new Object[] {format(failed)},
                            null);
                case "locked" ->
                    failed.lockedUntil() == null
                            ? ApiException.unauthorized("locked", "error.login.locked-by-admin")
                            : ApiException.unauthorized("locked", "error.login.locked", format(failed));
                case "disabled" -> ApiException.unauthorized("disabled", "error.login.disabled");
                default ->
                    failed.remaining() > 0
                            ? ApiException.unauthorized(
                                    "bad-credentials",
                                    "error.login.bad-credentials.remaining",
                                    failed.remaining(),
                                    failed.lockoutMinutes())
                            : ApiException.unauthorized("bad-credentials", "error.login.bad-credentials");
            };
        }
        Succeeded succeeded = (Succeeded) outcome;
        Actor actor = succeeded.actor();
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval((int) properties.sessionIdleTimeout().toSeconds());
        sessions.begin(session, actor, succeeded.sessionStamp(), succeeded.sessionLifetime());
        store(actor, request, response);
        // a new CSRF token for the new session: a token known before the login is worth nothing after it
        csrfTokens.saveToken(csrfTokens.generateToken(request), request, response);
        return me(actor, session);
    }

    @Access.OwnAccount
    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    @Access.OwnAccount
    @GetMapping("/me")
    Me me(HttpServletRequest request) {
        return me(CurrentActor.require(), request.getSession(false));
    }

    @Access.OwnAccount
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(
            @Valid @RequestBody PasswordRequest body, HttpServletRequest request, HttpServletResponse response) {
        Actor actor = CurrentActor.require();
        account.changeOwnPassword(actor, body.oldPassword(), body.newPassword());
        // the change ended every session of the account; this one goes on
        sessions.restamp(request.getSession(), actor.userId());
        store(actor.withPasswordChanged(), request, response);
    }

    private void store(Actor actor, HttpServletRequest request, HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(
                actor, null, List.of(new SimpleGrantedAuthority(actor.role().authority())));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private Me me(Actor actor, HttpSession session) {
        Region region = regions.require(actor.regionCode());
        return new Me(
                actor.userId(),
                actor.username(),
                actor.displayName(),
                actor.role(),
                new Me.Org(actor.organizationId(), actor.organizationName()),
                new Me.RegionRef(region.code(), region.name(), region.level()),
                actor.mustChangePassword(),
                session == null ? 0 : session.getMaxInactiveInterval(),
                regions.levelNames(region.code()));
    }

    private static String format(Failed failed) {
        return LOCK_TIME.format(failed.lockedUntil());
    }

    record LoginRequest(
            @NotBlank(message = "{validation.required}") @Size(max = 64, message = "{validation.size.max}")
            String username,

            @NotBlank(message = "{validation.required}") @Size(max = 128, message = "{validation.size.max}")
            String password) {}

    /** The user's own address for mailed reminders. */
    @Access.OwnAccount
    @GetMapping("/email")
    EmailBody email() {
        return new EmailBody(account.ownEmail(CurrentActor.require()));
    }

    @Access.OwnAccount
    @org.springframework.web.bind.annotation.PutMapping("/email")
    EmailBody changeEmail(
            @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody EmailBody body) {
        return new EmailBody(account.changeOwnEmail(CurrentActor.require(), body.email()));
    }

    record EmailBody(
            @Size(max = 100, message = "{validation.size.max}")
            String email) {}

    record PasswordRequest(
            @NotBlank(message = "{validation.required}") String oldPassword,
            @NotBlank(message = "{validation.required}") String newPassword) {}

    /**
     * The current user; {@code sessionTimeoutSeconds} is the idle time after which the session ends;
     * {@code vocabulary} what the user's province calls its levels and their governments (empty: the
     * general words), so that labels follow it (issue 14 §6).
     */
    record Me(
            long id,
            String username,
            String displayName,
            Role role,
            Org organization,
            RegionRef region,
            boolean mustChangePassword,
            int sessionTimeoutSeconds,
            List<LevelName> vocabulary) {

        record Org(long id, String name) {}

        record RegionRef(String code, String name, RegionLevel level) {}
    }
}
