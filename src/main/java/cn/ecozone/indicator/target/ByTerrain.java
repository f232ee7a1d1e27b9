package cn.ecozone.indicator.target;

import cn.ecozone.region.Terrain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code BY_TERRAIN}: the target depends on the region's terrain class, e.g. forest and grass cover: 山区 ≥60%, 丘陵区
 * ≥40%, 平原区 ≥18%, 干旱半干旱地区 ≥35%. The region's terrain picks the target, which is evaluated as usual (same
 * gap); the reason and description name the terrain, e.g. "≥ 35%（干旱半干旱地区）".
 *
 * <p>Terrain {@code UNKNOWN} or null, or a terrain without a threshold, gives {@code NEEDS_JUDGEMENT}, even before
 * looking at the value: which target applies is undecided, and deciding it is a classification by the reviewing
 * authority (the seed does not say how a region is classified), not data the region can enter. It is therefore not
 * {@code NO_DATA}.
 *
 * @param thresholds the target per terrain class; not empty, no {@code UNKNOWN} key
 */
public record ByTerrain(Map<Terrain, Target> thresholds) implements Target {

    /** The Chinese terrain names accepted as threshold keys besides the enum names. */
    private static final Map<String, Terrain> CHINESE_NAMES = Map.of(
            "山区", Terrain.MOUNTAIN, "丘陵区", Terrain.HILL, "平原区", Terrain.PLAIN, "干旱半干旱地区", Terrain.ARID_SEMI_ARID);

    public ByTerrain {
        if (thresholds.isEmpty() || thresholds.containsKey(Terrain.UNKNOWN)) {
            throw new IllegalArgumentException("thresholds must be non-empty and name known terrains: " + thresholds);
        }
        thresholds = Collections.unmodifiableMap(new EnumMap<>(thresholds));
    }

    @Override
    public Outcome evaluate(Facts facts) {
        Terrain terrain = facts.terrain();
        if (terrain == null || terrain == Terrain.UNKNOWN) {
            return Outcome.needsJudgement(() -> Text.of("target.BY_TERRAIN.terrainUnknown"));
        }
        Target applied = thresholds.get(terrain);
        if (applied == null) {
            return Outcome.needsJudgement(() -> Text.of("target.BY_TERRAIN.noThreshold", name(terrain)));
        }
        Outcome outcome = applied.evaluate(facts);
        return Outcome.of(
                outcome.status(),
                outcome.gap(),
                () -> Text.of("target.BY_TERRAIN.reason", name(terrain), outcome.reason()));
    }

    @Override
    public Text describe(Facts facts) {
        Target applied = facts.terrain() == null ? null : thresholds.get(facts.terrain());
        if (applied != null) {
            return Text.of("target.BY_TERRAIN.describe", applied.describe(facts), name(facts.terrain()));
        }
        List<Text> options = new ArrayList<>();
        thresholds.forEach((terrain, target) ->
                options.add(Text.of("target.BY_TERRAIN.option", name(terrain), target.describe(facts))));
        return Text.join(options);
    }

    private static Text name(Terrain terrain) {
        return Text.of("terrain." + terrain.name());
    }

    @Override
    public String kind() {
        return "BY_TERRAIN";
    }

    static ByTerrain parse(SpecReader spec) {
        SpecReader thresholds = SpecReader.of(spec.required("thresholds"), spec.path("thresholds"));
        if (thresholds.keys().isEmpty()) {
            throw new TargetSpecException(spec.path("thresholds"), Text.of("spec.empty"));
        }
        Map<Terrain, Target> targets = new EnumMap<>(Terrain.class);
        for (String name : thresholds.keys()) {
            Terrain terrain = terrainNamed(name);
            if (terrain == null) {
                throw new TargetSpecException(thresholds.path(name), Text.of("spec.unknownTerrain", name));
            }
            if (targets.put(terrain, TargetSpecs.parse(thresholds.required(name), thresholds.path(name))) != null) {
                throw new TargetSpecException(thresholds.path(name), Text.of("spec.duplicate", name));
            }
        }
        return new ByTerrain(targets);
    }

    private static Terrain terrainNamed(String name) {
        for (Terrain terrain : Terrain.values()) {
            if (terrain != Terrain.UNKNOWN && terrain.name().equals(name)) {
                return terrain;
            }
        }
        return CHINESE_NAMES.get(name);
    }
}
