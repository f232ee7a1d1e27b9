package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.enforcement.Evidence;
import cn.ecozone.registry.RegisterEntry;
import java.util.List;

/**
 * A condition matched: the key of the triggering record (one proposal per title, code and key) and the
 * evidence to attach.
 *
 * @param triggerKey e.g. {@code REGISTER:123}; at most 80 characters
 */
public record Match(String triggerKey, List<Evidence> evidence) {

    public Match {
        evidence = List.copyOf(evidence);
    }

    /** A match triggered by one register record, which is its evidence. */
    public static Match of(RegisterEntry e) {
        return new Match("REGISTER:" + e.id(), List.of(evidence(e)));
    }

    /** A register record as evidence. */
    public static Evidence evidence(RegisterEntry e) {
        String summary = e.summary() == null ? "" : e.summary();
        if (e.source() != null && e.source().number() != null) {
            summary = summary + "（" + e.source().number() + "）";
        }
        return Evidence.record("REGISTER", e.id(), e.kind().name(), summary, e.occurredOn());
    }
}
