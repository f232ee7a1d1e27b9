package cn.ecozone.enforcement.internal.condition;

import java.util.List;
import java.util.Optional;

/** Every condition class, by the sanction code it answers. */
public final class Conditions {

    private static final List<Condition> ALL = List.of(
            new InspectionMajorProblem(),
            new ResourceViolation(),
            new ForestCaseUnrectified(),
            new MajorIncident(),
            new QualityDecline(),
            new Falsification(),
            new KeyTasksUnfinished());

    private Conditions() {}

    public static List<Condition> all() {
        return ALL;
    }

    public static Optional<Condition> of(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
