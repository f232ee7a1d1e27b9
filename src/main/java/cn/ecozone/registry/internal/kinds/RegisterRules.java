package cn.ecozone.registry.internal.kinds;

import cn.ecozone.region.Region;
import cn.ecozone.registry.RegisterInput;
import cn.ecozone.registry.RegisterKind;
import cn.ecozone.registry.internal.RecordValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks a record's input: the common fields (summary, source document) and its kind's own through
 * that kind's {@link KindRules}, collecting every problem.
 */
@Component
public class RegisterRules {

    private final Map<RegisterKind, KindRules> byKind = new EnumMap<>(RegisterKind.class);

    RegisterRules(List<KindRules> rules) {
        rules.forEach(r -> byKind.put(r.kind(), r));
        if (byKind.size() != RegisterKind.values().length) {
            throw new IllegalStateException("a register kind without its rules");
        }
    }

    /** The outcome: the values to store when {@code problems} is empty. */
    public record Checked(RecordValues values, List<Checks.Problem> problems) {}

    /**
     * Checks {@code in} for a record in {@code region} (null when the region itself was refused: its
     * problem is in {@code regionProblem}).
     */
    public Checked check(RegisterInput in, Region region, Checks.Problem regionProblem, LocalDate today) {
        if (in.kind() == null) {
            Checks none = new Checks(RegisterKind.DATA_FALSIFICATION, today);
            none.add("kind", "error.registry.required");
            return new Checked(null, none.problems());
        }
        Checks checks = new Checks(in.kind(), today);
        String summary = checks.text("summary", in.summary(), Checks.SUMMARY_MAX, true);
        String number = checks.text("sourceNumber", in.sourceNumber(), 100, true);
        LocalDate sourceDate = checks.pastDate("sourceDate", in.sourceDate());
        String issuer = checks.text("sourceIssuer", in.sourceIssuer(), 200, true);
        KindRules.Common common = new KindRules.Common(
                region == null ? null : region.code(),
                region == null ? null : region.path(),
                summary,
                number,
                sourceDate,
                issuer);
        RecordValues values = byKind.get(in.kind()).check(in, region, common, checks);
        List<Checks.Problem> problems = new ArrayList<>();
        if (regionProblem != null) {
            problems.add(regionProblem);
        }
        problems.addAll(checks.problems());
        return new Checked(values, problems);
    }

    /** A problem for the region field in the kind's words. */
    public static Checks.Problem regionProblem(RegisterKind kind, LocalDate today, String key, Object... args) {
        Checks checks = new Checks(kind == null ? RegisterKind.DATA_FALSIFICATION : kind, today);
        checks.add("regionCode", key, args);
        return checks.problems().getFirst();
    }
}
