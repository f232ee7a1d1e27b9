package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.util.List;

/**
 * The fields one register uses and how each is checked: one small class per {@link RegisterKind}.
 * Every problem names its field ({@link Checks}); the fields the kind does not use come back null.
 */
public interface KindRules {

    RegisterKind kind();

    /**
     * Checks the kind's own fields of {@code in}, adding a problem for each missing or invalid one.
     *
     * @param common the fields every kind has, already checked
     * @return the values to store (meaningful only when {@code checks} found no problem)
     */
    RecordValues check(RegisterInput in, Region region, Common common, Checks checks);

    /** The fields every record has: its region, summary and source document. */
    record Common(
            String regionCode,
            String regionPath,
            String summary,
            String sourceNumber,
            java.time.LocalDate sourceDate,
            String sourceIssuer) {

        /** The record's values with the kind's own fields. */
        public RecordValues values(
                RegisterKind kind,
                String category,
                java.time.LocalDate occurredOn,
                Integer year,
                String level,
                Boolean major,
                Boolean completed,
                java.time.LocalDate dueOn,
                java.time.LocalDate closedOn,
                java.time.LocalDate completedOn,
                String imposedBy,
                List<RegisterInput.Task> tasks) {
            return new RecordValues(
                    kind,
                    regionCode,
                    regionPath,
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
                    tasks);
        }
    }
}
