package cn.ecozone.procedure.internal;

import java.time.LocalDate;

/**
 * What a list needs of a run and of the tasks it waits on, read as plain values (no entities, no
 * snapshots for dirty checking): the rows of {@link Views#summaries}.
 */
final class RunStanding {

    private RunStanding() {}

    /** A run's state and where it stands on its pinned path. */
    record Run(long id, RunEntity.State state, String stepsJson, int currentStep, int opening) {}

    /** A run with its subject, for asking the modules what its current step requires. */
    record Subject(
            long id,
            RunEntity.State state,
            String subjectType,
            long subjectId,
            String stepsJson,
            int currentStep,
            int opening) {}

    /** The due date of a task the run waits on, with its explanation (null when the step has no period). */
    record Due(long runId, LocalDate dueDate, String explanation) {}
}
