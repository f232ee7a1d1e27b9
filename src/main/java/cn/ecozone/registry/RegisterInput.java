package cn.ecozone.registry;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A register record as entered or corrected: every field any kind uses (which ones a kind uses and
 * requires: docs/registry.md); the fields a kind does not use are ignored and stored empty.
 *
 * @param occurredOn the date that places the record in a look-back window (the finding's, incident's,
 *     sanction's or case's date, a petition's receipt, an assessment result's publication)
 * @param level incident level, eco-quality grade, or the level of the body that imposed a sanction
 * @param tasks rectification tasks (findings and forest cases), in order
 */
public record RegisterInput(
        RegisterKind kind,
        String regionCode,
        String category,
        LocalDate occurredOn,
        Integer year,
        String level,
        Boolean major,
        Boolean completed,
        LocalDate dueOn,
        LocalDate closedOn,
        LocalDate completedOn,
        String imposedBy,
        String summary,
        String sourceNumber,
        LocalDate sourceDate,
        String sourceIssuer,
        List<Task> tasks) {

    public RegisterInput {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }

    /** A rectification task: what, planned by when, done when (null while open). */
    public record Task(
            String description,
            LocalDate plannedOn,
            @Nullable LocalDate completedOn) {}
}
