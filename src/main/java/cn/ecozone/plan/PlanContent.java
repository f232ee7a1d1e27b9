package cn.ecozone.plan;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What a plan sets out: its targets (linked to an indicator of a published edition where the
 * indicator module has one), its tasks and its key projects.
 */
public record PlanContent(List<Target> targets, List<Task> tasks, List<KeyProject> keyProjects) {

    public PlanContent {
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        keyProjects = keyProjects == null ? List.of() : List.copyOf(keyProjects);
    }

    public static PlanContent empty() {
        return new PlanContent(List.of(), List.of(), List.of());
    }

    /**
     * This content with a key given to every key project that has none yet (a new row); the keys of
     * the others are kept, so that an edited row stays linked to its record in the key project library.
     */
    public PlanContent withEntryKeys(Supplier<String> newKey) {
        return new PlanContent(
                targets,
                tasks,
                keyProjects.stream()
                        .map(p -> p.key() == null || p.key().isBlank()
                                ? new KeyProject(p.nameZh(), p.investment(), p.content(), newKey.get())
                                : p)
                        .toList());
    }

    /**
     * A target, e.g. 森林覆盖率 ≥ 25% by 2030.
     *
     * @param edition the indicator edition of {@code indicator}, or null for a target without an indicator
     * @param indicator the indicator code in that edition, or null
     * @param year the year the value is to be reached, within the plan's period
     */
    public record Target(
            @Nullable String edition,
            @Nullable String indicator,
            String nameZh,
            @Nullable String baseline,
            @Nullable String value,
            @Nullable Integer year) {}

    /** A task with the unit responsible and the year it is due. */
    public record Task(
            String nameZh,
            @Nullable String responsible,
            @Nullable Integer year) {}

    /**
     * A key project with its investment in 万元.
     *
     * @param key the row's stable key within the plan, given by the server to a new row and sent back
     *     with every later save; it links the row to its record in the key project library
     *     ({@link PlanKeyProjectsSetOut})
     */
    public record KeyProject(
            String nameZh,
            @Nullable Double investment,
            @Nullable String content,
            @Nullable String key) {}
}
