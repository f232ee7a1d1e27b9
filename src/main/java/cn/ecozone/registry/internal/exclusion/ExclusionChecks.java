package cn.ecozone.registry.internal.exclusion;

import cn.ecozone.registry.ExclusionOutcome;
import cn.ecozone.registry.ExclusionVerdict;
import cn.ecozone.regulation.ApplicationRules;
import cn.ecozone.regulation.Regulation;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The checks by exclusion code, one small class each (as {@code indicator.target} has one per target
 * kind). {@link #verify} fails start-up when a regulation names a code that has no class, or an item lacks
 * a parameter or setting its class needs; {@link #run} still answers "needs judgement, not yet checked by
 * the platform" for an unknown code rather than pass it silently.
 */
public final class ExclusionChecks {

    private static final Map<String, ExclusionCheck> BY_CODE = List.of(
                    new InspectionUnrectified(),
                    new KeyTasksUnfinished(),
                    new IncidentOrSanction(),
                    new Petitions(),
                    new QualityDecline(),
                    new DataFalsified(),
                    new InspectionMajorProblem(),
                    new MajorDamageEvent())
            .stream()
            .collect(Collectors.toUnmodifiableMap(ExclusionCheck::code, Function.identity()));

    private ExclusionChecks() {}

    /** The codes that have a class. */
    public static Set<String> codes() {
        return BY_CODE.keySet();
    }

    /** Runs the check of {@code in.item()}; an unknown code needs judgement ("not yet checked"). */
    public static ExclusionVerdict run(CheckInput in) {
        ExclusionCheck check = BY_CODE.get(in.item().code());
        if (check == null) {
            return in.verdict(
                    ExclusionOutcome.NEEDS_JUDGEMENT,
                    "平台尚未对此项情形进行自动核查，请人工判断。",
                    "Not yet checked by the platform; judge by hand.",
                    List.of(),
                    List.<ExclusionVerdict.Figure>of());
        }
        return check.check(in);
    }

    /**
     * Checks that every exclusion the regulations name has its class, with the parameters and settings
     * that class reads.
     *
     * @throws IllegalStateException naming the regulation, the code and what is missing
     */
    public static void verify(Collection<Regulation> regulations) {
        for (Regulation r : regulations) {
            ApplicationRules.Exclusions exclusions = r.application().exclusions();
            for (ApplicationRules.Rule item : exclusions.items()) {
                String where = r.code() + " v" + r.version() + ": application.exclusions " + item.code();
                ExclusionCheck check = BY_CODE.get(item.code());
                if (check == null) {
                    throw new IllegalStateException(where + ": no check class for this code (known: "
                            + BY_CODE.keySet().stream().sorted().toList() + ")");
                }
                for (String key : check.parameterKeys()) {
                    if (exclusions.parameter(item.code(), key).isEmpty()) {
                        throw new IllegalStateException(where + ": parameter '" + key + "' is missing");
                    }
                }
                for (String key : check.settingKeys()) {
                    if (exclusions.settingsOf(item.code()).stream()
                            .noneMatch(s -> s.key().equals(key))) {
                        throw new IllegalStateException(where + ": province setting '" + key + "' is missing");
                    }
                }
            }
        }
    }
}
