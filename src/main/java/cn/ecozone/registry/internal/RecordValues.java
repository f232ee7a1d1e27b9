package cn.ecozone.registry.internal;

import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import java.time.LocalDate;
import java.util.List;

/**
 * The checked values of a register record: texts stripped, the fields its kind does not use null (the
 * kind says which columns it uses, docs/registry.md). What the aggregate stores and corrections compare.
 */
public record RecordValues(
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
        String sourceNumber,
        LocalDate sourceDate,
        String sourceIssuer,
        List<RegisterInput.Task> tasks) {

    public RecordValues {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
    }
}
