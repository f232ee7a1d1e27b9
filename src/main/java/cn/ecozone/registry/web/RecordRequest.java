package cn.ecozone.registry.web;

import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of an entry or a correction: the record's fields (RegisterInput), and for a correction
 * its reason and the version the client saw. Sizes are checked again, in the kind's words, by the rules.
 */
record RecordRequest(
        RegisterKind kind,
        @Size(max = 12, message = "{validation.size.max}") String regionCode,
        @Size(max = 40, message = "{validation.size.max}") String category,
        LocalDate occurredOn,
        Integer year,
        @Size(max = 32, message = "{validation.size.max}") String level,
        Boolean major,
        Boolean completed,
        LocalDate dueOn,
        LocalDate closedOn,
        LocalDate completedOn,
        @Size(max = 200, message = "{validation.size.max}") String imposedBy,
        @Size(max = 2000, message = "{validation.size.max}") String summary,
        @Size(max = 100, message = "{validation.size.max}") String sourceNumber,
        LocalDate sourceDate,
        @Size(max = 200, message = "{validation.size.max}") String sourceIssuer,
        @Size(max = 50, message = "{validation.size.max}") List<@Valid TaskRequest> tasks,
        @Size(max = 500, message = "{validation.size.max}") String reason,
        Long version) {

    record TaskRequest(
            @Size(max = 1000, message = "{validation.size.max}")
            String description,

            LocalDate plannedOn,
            LocalDate completedOn) {}

    RegisterInput input() {
        return new RegisterInput(
                kind,
                regionCode,
                category,
                occurredOn,
                year,
                level,
                major,
                completed,
                dueOn,
                closedOn,
                completedOn,
                imposedBy,
                summary,
                sourceNumber,
                sourceDate,
                sourceIssuer,
                tasks == null
                        ? List.of()
                        : tasks.stream()
                                .map(t -> t == null
                                        ? new RegisterInput.Task(null, null, null)
                                        : new RegisterInput.Task(t.description(), t.plannedOn(), t.completedOn()))
                                .toList());
    }
}
