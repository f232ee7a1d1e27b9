package cn.ecozone.procedure.internal;

import cn.ecozone.procedure.ProcedureFacts.RunNotFound;
import cn.ecozone.shared.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subject module's own entries on a run's one timeline (ADR 0010 §5): facts about the record that
 * are not steps, such as an attached text, an expiry or a recompilation. An entry never moves the run
 * and is allowed whatever state the run is in; it is filed under the run's current (or last) step.
 */
@Service
@Transactional
public class Records {

    /** The engine's own actions, which only its operations write. */
    private static final Set<String> ENGINE_ACTIONS = Set.of("ACT", "RETURN", "WITHDRAW", "CANCEL");

    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]{0,15}");

    private final Runs runs;
    private final Entries entries;
    private final StepsJson json;
    private final Clock clock;

    Records(Runs runs, Entries entries, StepsJson json, Clock clock) {
        this.runs = runs;
        this.entries = entries;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Appends an entry under the run's lock. Precondition: {@code action} is an upper-case code of at
     * most 16 characters that is not one of the engine's (a caller's bug otherwise).
     *
     * @param actor who did it, or {@code null} for the platform itself (a scheduled job)
     * @throws RunNotFound when the run is absent or outside the actor's scope
     */
    public void record(long runId, String action, String opinion, List<Long> documentIds, Actor actor) {
        if (action == null || !ACTION.matcher(action).matches() || ENGINE_ACTIONS.contains(action)) {
            throw new IllegalArgumentException("not an action a subject module may record: " + action);
        }
        RunEntity run = runs.lock(runId).orElseThrow(RunNotFound::new);
        if (actor != null) {
            Guards.scope(run, actor);
        }
        String text = Engine.text("opinion", opinion);
        int index = run.currentStep();
        String step = json.read(run).steps().get(index).code();
        Instant now = clock.instant();
        entries.save(
                actor == null
                        ? new EntryEntity(run.id(), index, step, action, text, now)
                        : new EntryEntity(
                                run.id(),
                                index,
                                step,
                                action,
                                null,
                                text,
                                actor,
                                documentIds == null ? List.of() : documentIds,
                                now));
    }
}
