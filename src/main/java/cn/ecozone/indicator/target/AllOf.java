package cn.ecozone.indicator.target;

import cn.ecozone.indicator.Attainment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code ALL_OF}: one indicator row covering several quantities that must each hold, e.g. 生态保护红线面积、自然保护地面积
 * 不减少. Each part is evaluated on its own value ({@link Facts#forPart}); the part key {@link Facts#OWN_VALUE} stands
 * for the row's own value, so "完成上级规定的考核任务，且≥90或持续提高" is a TASK_COMPLETED part plus a part on the value.
 *
 * <p>Combined status: {@code NOT_MET} if any part is not met; otherwise {@code NO_DATA} if any part lacks data (the
 * worst, since no judgement can replace missing data); otherwise {@code NEEDS_JUDGEMENT} if any part needs it;
 * otherwise {@code MET} (parts that are not applicable are ignored). The reason lists every part's reason; there is
 * no gap, as the parts may differ in meaning.
 *
 * @param parts the parts; not empty, unique keys
 */
public record AllOf(List<Part> parts) implements Target {

    /**
     * One quantity of the row.
     *
     * @param key the key of the part's value in {@link Facts#parts()}
     * @param nameZh the Chinese name, e.g. 生态保护红线面积
     * @param nameEn the English name, or null to show the Chinese
     * @param target the part's target, not itself {@code ALL_OF}
     */
    public record Part(String key, String nameZh, String nameEn, Target target) {
        public Part {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(nameZh, "nameZh");
            if (target instanceof AllOf) {
                throw new IllegalArgumentException("ALL_OF parts cannot be ALL_OF");
            }
        }

        Text name() {
            return Text.literal(nameZh, nameEn);
        }
    }

    public AllOf {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || parts.stream().map(Part::key).distinct().count() != parts.size()) {
            throw new IllegalArgumentException("parts must be non-empty with unique keys");
        }
    }

    @Override
    public Outcome evaluate(Facts facts) {
        Set<Attainment> statuses = EnumSet.noneOf(Attainment.class);
        Outcome[] outcomes = new Outcome[parts.size()];
        for (int i = 0; i < outcomes.length; i++) {
            Part part = parts.get(i);
            outcomes[i] = part.target().evaluate(facts.forPart(part.key()));
            statuses.add(outcomes[i].status());
        }
        return Outcome.of(combine(statuses), null, () -> reason(outcomes));
    }

    /** Every part's reason in order, built only where it is shown. */
    private Text reason(Outcome[] outcomes) {
        List<Text> reasons = new ArrayList<>();
        for (int i = 0; i < outcomes.length; i++) {
            reasons.add(Text.of("target.ALL_OF.part", parts.get(i).name(), outcomes[i].reason()));
        }
        return Text.join(reasons);
    }

    private static Attainment combine(Set<Attainment> statuses) {
        for (Attainment worst : List.of(Attainment.NOT_MET, Attainment.NO_DATA, Attainment.NEEDS_JUDGEMENT)) {
            if (statuses.contains(worst)) {
                return worst;
            }
        }
        return statuses.contains(Attainment.MET) ? Attainment.MET : Attainment.NOT_APPLICABLE;
    }

    @Override
    public Text describe(Facts facts) {
        return Text.join(parts.stream()
                .map(part ->
                        Text.of("target.ALL_OF.part", part.name(), part.target().describe(facts.forPart(part.key()))))
                .toList());
    }

    @Override
    public String kind() {
        return "ALL_OF";
    }

    static AllOf parse(SpecReader spec) {
        List<?> raw = spec.list("parts");
        if (raw.isEmpty()) {
            throw new TargetSpecException(spec.path("parts"), Text.of("spec.empty"));
        }
        List<Part> parts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            SpecReader part = SpecReader.of(raw.get(i), spec.path("parts") + "[" + i + "]");
            part.allowOnly(Set.of("key", "name_zh", "name_en", "target"));
            String key = part.text("key");
            if (!keys.add(key)) {
                throw new TargetSpecException(part.path("key"), Text.of("spec.duplicate", key));
            }
            Target target = TargetSpecs.parse(part.required("target"), part.path("target"));
            if (target instanceof AllOf) {
                throw new TargetSpecException(part.path("target.kind"), Text.of("spec.nestedAllOf"));
            }
            parts.add(new Part(key, part.text("name_zh"), part.optionalText("name_en"), target));
        }
        return new AllOf(parts);
    }
}
