package cn.ecozone.enforcement.internal.condition;

import cn.ecozone.registry.RegisterEntry;
import cn.ecozone.registry.RegisterKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What a condition reads about one titled subject.
 *
 * @param namedOn the day the title was named: records before it were judged at the application
 *     (the exclusions) and do not count here
 * @param today the day of the evaluation (Beijing)
 * @param entries the subject's confirmed register records dated from {@code namedOn} to {@code today}
 * @param indicators the confirmed series since the naming of every indicator of the edition the title's
 *     regulation names for the subject's level (empty when it names none)
 */
public record ConditionInput(
        LocalDate namedOn, LocalDate today, List<RegisterEntry> entries, List<IndicatorSeries> indicators) {

    public ConditionInput {
        entries = List.copyOf(entries);
        indicators = List.copyOf(indicators);
    }

    /** An input without indicator series. */
    public ConditionInput(LocalDate namedOn, LocalDate today, List<RegisterEntry> entries) {
        this(namedOn, today, entries, List.of());
    }

    /** The records of one kind, dated on or after the naming. */
    public List<RegisterEntry> of(RegisterKind kind) {
        return entries.stream()
                .filter(e -> e.kind() == kind)
                .filter(e -> e.occurredOn() == null || !e.occurredOn().isBefore(namedOn))
                .toList();
    }
}
