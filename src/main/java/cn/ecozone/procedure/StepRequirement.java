package cn.ecozone.procedure;

import cn.ecozone.regulation.Requirement;
import cn.ecozone.regulation.StepKind;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A module's answer to whether what a step {@link Requirement requires} is on record (ADR 0027): the
 * engine asks, while holding the run's lock, before it completes a task of a step that names the
 * requirement, and refuses with {@link ProcedureFacts.RequirementUnmet} when any answer is a refusal.
 * Exactly one bean answers for each requirement; the start fails otherwise. A return or withdrawal is
 * never asked about.
 *
 * <p>A requirement is met by a record of the step's current <em>opening</em> ({@link Context#opening()}):
 * when a step is opened again after a return, what was on record for its earlier visit no longer counts
 * (a returned dossier is panelled, publicised or covered by an opinion anew).
 */
public interface StepRequirement {

    /** The requirement this bean answers for. */
    Requirement requirement();

    /**
     * Empty when the requirement is met for the act in {@code context}; else why not, in words the
     * actor reads. Runs inside the acting transaction, which may already hold the module's own record
     * written just before (e.g. the naming recorded, then the step completed).
     */
    Optional<Unmet> check(Context context);

    /**
     * As {@link #check(Context)} for many runs at once, for a list that shows why each candidacy waits
     * (the round overview): the unmet answers by run id, the met ones left out. The default asks one
     * by one; a module whose check reads the database overrides it with a constant number of
     * statements, whatever the number of contexts.
     */
    default Map<Long, Unmet> checkAll(Collection<Context> contexts) {
        Map<Long, Unmet> unmet = new LinkedHashMap<>();
        for (Context c : contexts) {
            check(c).ifPresent(u -> unmet.put(c.runId(), u));
        }
        return unmet;
    }

    /**
     * The act asked about.
     *
     * @param outcome the outcome the actor chose, or {@code null}
     * @param opening the run's opening of the step ({@link RunSummary#opening()}); a record made for
     *     another opening does not meet the requirement
     */
    record Context(
            long runId,
            String subjectType,
            long subjectId,
            String stepCode,
            StepKind stepKind,
            String outcome,
            int opening) {}

    /**
     * Why a requirement is unmet: a message key of the module's bundle and its arguments, e.g. {@code
     * review.panel.not-closed}.
     */
    record Unmet(Requirement requirement, String messageKey, List<Object> args) {

        public Unmet {
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Unmet of(Requirement requirement, String messageKey, Object... args) {
            return new Unmet(requirement, messageKey, List.of(args));
        }
    }
}
