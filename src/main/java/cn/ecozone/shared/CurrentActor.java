package cn.ecozone.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request from the security context. */
public final class CurrentActor {

    private CurrentActor() {}

    /** The actor, or empty for the anonymous public. */
    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor; the caller must sit behind an authenticated endpoint. */
    public static Actor require() {
        return find().orElseThrow(() -> ApiException.unauthenticated());
    }
}
