package cn.ecozone.identity.internal;

import cn.ecozone.shared.Actor;
import cn.ecozone.shared.CurrentActor;
import cn.ecozone.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed since login or whose absolute lifetime is over ({@link
 * AccountSessions}): the request goes on anonymously, so a protected endpoint answers 401. Then leaves
 * the current {@link Actor} in a request attribute for the audit log, and holds a user who must change
 * the initial password to the few endpoints that let it do so.
 */
@Component
class ActorFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final AccountSessions sessions;

    ActorFilter(ProblemWriter problems, AccountSessions sessions) {
        this.problems = problems;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isPresent() && !sessions.valid(request.getSession(false), actor.get())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            actor = Optional.empty();
        }
        actor.ifPresent(a -> request.setAttribute(Actor.REQUEST_ATTRIBUTE, a));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (actor.isPresent()
                && actor.get().mustChangePassword()
                && path.startsWith("/api/")
                && !path.startsWith("/api/auth/")) {
            problems.write(request, response, 403, "password-change-required", "error.password.change-required");
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
