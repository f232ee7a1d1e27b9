package cn.ecozone.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A register record as the exclusion checks read it: its current values (after any correction).
 * Which fields a kind uses: docs/registry.md; unused ones are null.
 *
 * @param occurredOn the date that places it in a look-back window
 * @param year the year assessed (key tasks, eco-quality), else null
 * @param level incident level ({@code GENERAL}, {@code LARGER}, {@code MAJOR}, {@code ESPECIALLY_MAJOR}),
 *     eco-quality grade ({@link EcoQualityGrade}), or the level of the body imposing a sanction
 *     ({@code MINISTRY}, {@code NATIONAL}, {@code PROVINCE}, {@code PREFECTURE})
 * @param major 重大 (a finding; a sanction for a major problem)
 * @param completed a key task completed; a finding's or case's rectification finished
 * @param tasks the rectification tasks, in order (findings and forest cases)
 */
public record RegisterEntry(
        long id,
        RegisterKind kind,
        String regionCode,
        String regionPath,
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
        Source source,
        List<Task> tasks) {

    /** The document the record cites: its number, date and issuing body. */
    public record Source(String number, LocalDate date, String issuer) {}

    /** A rectification task with its planned and (once done) actual completion date. */
    public record Task(String description, LocalDate plannedOn, LocalDate completedOn) {}
}
