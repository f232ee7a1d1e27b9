package cn.ecozone.regulation;

import cn.ecozone.region.RegionLevel;
import java.util.List;
import java.util.Optional;

/**
 * The plan a subject compiles and the path it takes, per subject level.
 *
 * @param duties further duties around the plan (annual work plans, revision, public column)
 */
public record PlanRules(PlanKind kind, String guideZh, Citation citation, List<Path> paths, List<Duty> duties) {

    /** The ordered steps a plan of a subject at {@code subjectLevel} goes through. */
    public record Path(RegionLevel subjectLevel, List<Step> steps) {

        public Optional<Step> step(String code) {
            return steps.stream().filter(s -> s.code().equals(code)).findFirst();
        }
    }

    /** A duty that is not a step of the path, e.g. 修编 when targets change (IM eco-civ art. 7). */
    public record Duty(String code, Body by, String textZh, Citation citation) {}
}
