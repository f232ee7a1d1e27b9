package cn.ecozone.identity;

import cn.ecozone.shared.Actor;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * Someone tried to log in. {@code actor} is set when the account exists; {@code failure} is null on
 * success and otherwise a code such as {@code bad-credentials} or {@code locked}.
 */
@NamedInterface("events")
public record LoginAttempted(String username, Actor actor, String failure, String clientAddress, Instant at) {

    public boolean succeeded() {
        return failure == null;
    }
}
